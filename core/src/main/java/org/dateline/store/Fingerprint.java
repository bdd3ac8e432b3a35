package org.dateline.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fingerprints of article text: an exact content hash, word 5-gram shingles and a MinHash
 * signature whose bands find syndicated copies without comparing every pair of articles.
 */
public final class Fingerprint {
  public static final int SHINGLE = 5;
  /** Word 5-gram Jaccard similarity from which an article is a copy of an earlier one. */
  public static final double NEAR_DUPLICATE = 0.8;
  /** 16 bands of 4 rows: pairs at Jaccard 0.8 share a band with probability ~0.9996, at 0.3 ~0.12. */
  public static final int BANDS = 16;
  public static final int ROWS = 4;
  private static final int HASHES = BANDS * ROWS;
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
  private static final long[] SEEDS = seeds();

  private Fingerprint() {}

  /**
   * SHA-256 of the text with case and spacing normalised, so the same story re-read from another
   * format or with other line breaks hashes alike.
   */
  public static String contentHash(String text) {
    String norm = String.join(" ", words(text));
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(norm.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(d);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  static List<String> words(String text) {
    List<String> out = new ArrayList<>();
    Matcher m = WORD.matcher(text == null ? "" : text.toLowerCase(Locale.ROOT));
    while (m.find()) out.add(m.group());
    return out;
  }

  /** Hashes of the word 5-grams; a text shorter than five words is one shingle. */
  public static Set<Long> shingles(String text) {
    List<String> w = words(text);
    Set<Long> out = new HashSet<>();
    if (w.isEmpty()) return out;
    int n = Math.max(1, w.size() - SHINGLE + 1);
    for (int i = 0; i < n; i++) {
      String gram = String.join(" ", w.subList(i, Math.min(w.size(), i + SHINGLE)));
      out.add(hash64(gram));
    }
    return out;
  }

  public static double jaccard(Set<Long> a, Set<Long> b) {
    if (a.isEmpty() && b.isEmpty()) return 1.0;
    int inter = 0;
    for (Long x : a) if (b.contains(x)) inter++;
    return inter / (double) (a.size() + b.size() - inter);
  }

  /** One hash per LSH band; articles sharing any band value are candidates for comparison. */
  public static long[] bands(Set<Long> shingles) {
    long[] min = new long[HASHES];
    java.util.Arrays.fill(min, Long.MAX_VALUE);
    for (long s : shingles) {
      for (int i = 0; i < HASHES; i++) {
        long h = mix(s ^ SEEDS[i]);
        if (h < min[i]) min[i] = h;
      }
    }
    long[] bands = new long[BANDS];
    for (int b = 0; b < BANDS; b++) {
      long h = b;
      for (int r = 0; r < ROWS; r++) h = mix(h * 31 + min[b * ROWS + r]);
      bands[b] = h;
    }
    return bands;
  }

  private static long hash64(String s) {
    // FNV-1a then a finaliser: stable across runs and JVMs, unlike String.hashCode's 32 bits.
    long h = 0xcbf29ce484222325L;
    for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
      h ^= b & 0xff;
      h *= 0x100000001b3L;
    }
    return mix(h);
  }

  private static long mix(long z) {
    z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
    z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
    return z ^ (z >>> 33);
  }

  private static long[] seeds() {
    long[] s = new long[HASHES];
    long x = 0x9E3779B97F4A7C15L;
    for (int i = 0; i < HASHES; i++) {
      x += 0x9E3779B97F4A7C15L;
      s[i] = mix(x);
    }
    return s;
  }
}
