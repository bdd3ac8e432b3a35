package org.dateline.coding;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dateline.model.Plover;
import org.dateline.util.Tsv;

/**
 * CAMEO event codes with their names, Goldstein weights, QuadClass and PLOVER reading,
 * from {@code dateline/codebook/cameo.tsv}.
 */
public final class Codebook {
  /** One code of the codebook; {@code ploverType} is empty for untyped statements (010). */
  public record Code(String code, String name, double goldstein, int quadClass, String ploverType,
                     String ploverMode, List<String> ploverContext) {
    public Plover plover() {
      return new Plover(ploverType, ploverMode.isEmpty() ? null : ploverMode, ploverContext);
    }

    public String root() { return code.substring(0, 2); }
  }

  private static final Codebook CAMEO = load();
  private final Map<String, Code> codes;

  private Codebook(Map<String, Code> codes) {
    this.codes = codes;
  }

  public static Codebook cameo() { return CAMEO; }

  private static Codebook load() {
    Map<String, Code> m = new HashMap<>();
    for (Tsv.Row r : Tsv.resource("/dateline/codebook/cameo.tsv")) {
      m.put(r.get("code"), new Code(r.get("code"), r.get("name"), Double.parseDouble(r.get("goldstein")),
          Integer.parseInt(r.get("quadclass")), r.get("plover_type"), r.get("plover_mode"),
          r.list("plover_context")));
    }
    return new Codebook(m);
  }

  /** The code, or null when CAMEO has no such code. */
  public Code get(String code) {
    return codes.get(code);
  }

  /**
   * A code from a user's dictionary, which may be finer than CAMEO ("174K", "1717") or not CAMEO
   * at all: it keeps its own code and takes weight, QuadClass and PLOVER reading from the longest
   * CAMEO code it starts with; without one they are blank (QuadClass 0).
   */
  public Code orNearest(String code) {
    Code exact = codes.get(code);
    if (exact != null) return exact;
    for (int n = code.length() - 1; n >= 2; n--) {
      Code c = codes.get(code.substring(0, n));
      if (c != null) {
        return new Code(code, c.name(), c.goldstein(), c.quadClass(), c.ploverType(), c.ploverMode(), c.ploverContext());
      }
    }
    return new Code(code, "", 0, 0, "", "", List.of());
  }

  public boolean contains(String code) {
    return codes.containsKey(code);
  }

  public int size() { return codes.size(); }
}
