package org.dateline.coding;

import java.util.HashMap;
import java.util.Map;
import org.dateline.util.Tsv;

/** Frame codes ({@code dateline/coding/frames.tsv}): "agreed to meet" is 036, "urged ... to withdraw" 0256. */
final class Frames {
  private static final String OWN = "*";
  private final Map<String, String> codes = new HashMap<>();

  Frames() {
    for (Tsv.Row r : Tsv.resource("/dateline/coding/frames.tsv")) {
      codes.put(r.get("frame") + ":" + r.get("content"), r.get("code"));
    }
  }

  /**
   * The code for a frame whose content is coded {@code content} (empty when there is none), by the
   * longest listed prefix, else the frame's own default.
   */
  String code(String frame, String content) {
    for (int n = content.length(); n >= 2; n--) {
      String c = codes.get(frame + ":" + content.substring(0, n));
      // "*": the content's own code ("gave in to demands to release them" is the release, 0841)
      if (c != null) return c.equals(OWN) ? content : c;
    }
    return codes.get(frame + ":");
  }
}
