package org.dateline.api;

import static org.dateline.api.RawHttp.bytes;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.dateline.store.EventFilter;

/**
 * Seeded hostile requests for {@link HostileRequestsTest}: fuzzed query parameters on every GET
 * endpoint, bad bodies and content types, path traversal, long URLs and broken HTTP. Each is a
 * kind (for counting) and the bytes to send.
 */
final class HostileInputs {
  record Case(String kind, byte[] request, boolean unauthorisedWrite) {
    Case(String kind, byte[] request) {
      this(kind, request, false);
    }
  }

  /** Every GET endpoint with the query parameters it knows ({id} endpoints get fuzzed paths). */
  static final Map<String, List<String>> ENDPOINTS = Map.ofEntries(
      Map.entry("/events", EventFilter.NAMES), Map.entry("/aggregates", with("by")), Map.entry("/timeline", with("by")),
      Map.entry("/dyads", with("edges")), Map.entry("/points", EventFilter.NAMES), Map.entry("/export", with("format")),
      Map.entry("/actors", List.of("q", "country", "sector", "limit", "offset")),
      Map.entry("/articles", List.of("source", "limit", "offset")), Map.entry("/search", List.of("q", "limit")),
      Map.entry("/events/", List.of()), Map.entry("/articles/", List.of()), Map.entry("/openapi.json", List.of()),
      Map.entry("/", List.of()));

  /** Values that have broken parsers somewhere: numbers at the edges, odd dates, query syntax, injections. */
  private static final List<String> NASTY = List.of("", " ", "-1", "0", "1", "2147483647", "2147483648",
      "-2147483649", "99999999999999999999", "1e308", "-0", "NaN", "Infinity", "-Infinity", "0x1F", "1_000",
      "999,999", "91,0", "0,181", "-90,-180", "NaN,NaN", "Infinity,0", "1,2,3", ",", "1,", "14.6,121.0",
      "+999999999-12-31", "-999999999-01-01", "0000-00-00", "2024-02-30", "9999-12-31", "+10000-01-01", "0001-01-01",
      "2024-13-01", "' OR 1=1 --", "\"; DROP TABLE events; --", "USA' --", "*", "?", "a*", "*a", "text:", "(", ")",
      "[a TO", "{* TO *}", "\\", "/re[/", "~", "shoal~2", "\"unclosed", "AND", "OR NOT", "a AND (b OR", "^3",
      "usa-", "-chn", "USA-CHN-RUS", "USA--CHN", "usa-chn", "true", "yes", "maybe", "csv", "json", "xml",
      "month", "day", "week", "year", "hour", "-date", "goldstein", "random()", "1;2", "\u202eRTL", "\u0645\u0635\u0631",
      "\uD83D\uDCA5", "\u0000", "\t\n", "%", "..", "../../etc/passwd", "NULL", "null", "undefined", "[]", "{}");

  private final Random rnd;

  HostileInputs(long seed) {
    rnd = new Random(seed);
  }

  private static List<String> with(String extra) {
    List<String> out = new ArrayList<>(EventFilter.NAMES);
    out.add(extra);
    return out;
  }

  /** n GETs, each to a random endpoint with 1 to 4 fuzzed parameters (known names mostly). */
  List<Case> fuzzedParameters(int n) {
    List<String> paths = new ArrayList<>(new java.util.TreeSet<>(ENDPOINTS.keySet()));
    List<Case> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      String path = paths.get(rnd.nextInt(paths.size()));
      List<String> names = ENDPOINTS.get(path);
      if (path.endsWith("/") && path.length() > 1) path += encodedValue();
      StringBuilder q = new StringBuilder();
      int params = 1 + rnd.nextInt(4);
      for (int k = 0; k < params; k++) {
        q.append(k == 0 ? '?' : '&');
        int form = rnd.nextInt(20);
        String name = names.isEmpty() || form == 0 ? encodedValue() : names.get(rnd.nextInt(names.size()));
        if (form == 1) q.append(name); // no '='
        else if (form == 2) q.append('=').append(encodedValue()); // no name
        else if (form == 3) q.append("&&").append(name).append("=%zz%"); // bad escapes
        else q.append(name).append('=').append(encodedValue());
      }
      out.add(new Case("fuzzed parameters", RawHttp.get(path + q)));
    }
    return out;
  }

  /** A nasty value, random text, or random bytes, percent-encoded (bytes may be invalid UTF-8). */
  private String encodedValue() {
    int form = rnd.nextInt(10);
    if (form < 6) return URLEncoder.encode(NASTY.get(rnd.nextInt(NASTY.size())), StandardCharsets.UTF_8);
    if (form < 8) {
      StringBuilder s = new StringBuilder();
      for (int i = rnd.nextInt(60); i > 0; i--) s.append(String.format("%%%02X", rnd.nextInt(256)));
      return s.toString();
    }
    if (form == 8) return "x".repeat(1 + rnd.nextInt(4000));
    return URLEncoder.encode(NASTY.get(rnd.nextInt(NASTY.size())) + NASTY.get(rnd.nextInt(NASTY.size())),
        StandardCharsets.UTF_8);
  }

  /** Bodies: broken, binary, nested, in the wrong type, lying about their length, too large; writes without the token. */
  List<Case> bodies(int n, int maxBody) {
    List<String> types = List.of("", "Content-Type: application/json\r\n", "Content-Type: text/html\r\n",
        "Content-Type: application/x-www-form-urlencoded\r\n", "Content-Type: multipart/form-data; boundary=zz\r\n",
        "Content-Type: image/png\r\n", "Content-Type: ;;;/\u00ff\r\n", "Content-Type: text/plain; charset=utf-99\r\n",
        "Content-Type: application/json; charset=UTF-16\r\n", "Content-Encoding: gzip\r\n");
    List<Case> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      boolean write = i % 3 == 0;
      String target = write ? "/articles" : "/code";
      String auth = !write ? "" : i % 2 == 0 ? "" : "Authorization: Bearer " + (i % 4 == 1 ? "wrong" : "") + "\r\n";
      String headers = auth + types.get(rnd.nextInt(types.size()));
      if (rnd.nextInt(4) == 0) target += "?" + (rnd.nextBoolean() ? "date=" : "source=") + encodedValue();
      int form = i % 12;
      byte[] request = switch (form) {
        case 0 -> RawHttp.post(target, headers, bytes(""));
        case 1 -> RawHttp.post(target, headers, randomBytes(1 + rnd.nextInt(3000)));
        case 2 -> RawHttp.post(target, headers, utf8("{\"date\":\"2024-03-0" + (1 + rnd.nextInt(9)) + "\",\"text\":"));
        case 3 -> RawHttp.post(target, headers, utf8("{\"id\":[1],\"date\":{\"y\":2024},\"text\":42,\"source\":null}"));
        case 4 -> RawHttp.post(target, headers, utf8("[".repeat(20_000) + "]".repeat(20_000)));
        case 5 -> RawHttp.post(target, headers, utf8("<div>".repeat(4_000) + "Chile praised Peru." + "</div>".repeat(4_000)));
        case 6 -> RawHttp.post(target, headers, utf8("{\"date\":\"" + NASTY.get(rnd.nextInt(NASTY.size()))
            + "\",\"text\":\"Chile praised Peru.\",\"date\":\"2024-01-01\"}"));
        case 7 -> RawHttp.post(target, headers, utf8("\uFEFF\u0000\u0000 date 2024-03-05 -- \u202eChile\u0000 praised Peru."));
        case 8 -> RawHttp.post(target, headers, new byte[maxBody + 1 + rnd.nextInt(200_000)]); // too large, said so
        case 9 -> chunked(target, headers, maxBody + 1 + rnd.nextInt(200_000)); // too large, not said
        case 10 -> RawHttp.concat(bytes("POST " + target + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n" + headers
            + "Content-Length: " + (rnd.nextBoolean() ? "-5" : "12, 99") + "\r\n\r\n"), randomBytes(12));
        default -> RawHttp.concat(bytes("POST " + target + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n" + headers
            + "Transfer-Encoding: chunked\r\n\r\n"), bytes("zz\r\nabc\r\n0\r\n\r\n"));
      };
      // Requests whose framing is broken (forms 10, 11) are refused by the HTTP layer before any endpoint.
      boolean refusedWrite = write && form < 10;
      String kind = refusedWrite ? "writes without the token" : form == 8 || form == 9 ? "bodies over the limit" : "bodies";
      out.add(new Case(kind, request, refusedWrite));
    }
    return out;
  }

  private byte[] chunked(String target, String headers, int size) {
    StringBuilder s = new StringBuilder("POST " + target + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n" + headers
        + "Transfer-Encoding: chunked\r\n\r\n");
    for (int left = size; left > 0; left -= 8192) {
      int n = Math.min(8192, left);
      s.append(Integer.toHexString(n)).append("\r\n").append("a".repeat(n)).append("\r\n");
    }
    return bytes(s.append("0\r\n\r\n").toString());
  }

  private byte[] randomBytes(int n) {
    byte[] b = new byte[n];
    rnd.nextBytes(b);
    return b;
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  /** Ways out of the web assets' folder: dot segments raw and encoded, absolute paths, other separators. */
  List<Case> traversal(int n) {
    List<String> ways = List.of("../", "..%2f", "%2e%2e/", "%2e%2e%2f", "%252e%252e/", "..\\", "..%5c", "..;/",
        "%c0%ae%c0%ae/", ".%2e/", "....//", "%2E%2E/");
    List<String> targets = List.of("etc/passwd", "proc/self/environ", "org/dateline/api/ApiServer.class",
        "META-INF/MANIFEST.MF", "openapi.json");
    List<String> roots = List.of("/ui/", "/webjars/", "/ui/pages/", "/", "/webjars/d3/7.9.0/");
    List<Case> out = new ArrayList<>();
    for (String fixed : List.of("/ui//etc/passwd", "/ui/%2fetc%2fpasswd", "//etc/passwd", "/etc/passwd",
        "/ui/file:///etc/passwd", "/ui/C:\\Windows\\win.ini", "/ui/app.js%00.html", "/ui/..", "/ui/%2e%2e",
        "http://127.0.0.1/../../etc/passwd", "/ui/app.js/..%00/../../etc/passwd")) {
      out.add(new Case("path traversal", RawHttp.get(fixed)));
    }
    while (out.size() < n) {
      String way = ways.get(rnd.nextInt(ways.size()));
      String root = roots.get(rnd.nextInt(roots.size()));
      out.add(new Case("path traversal", RawHttp.get(root + way.repeat(1 + rnd.nextInt(8))
          + targets.get(rnd.nextInt(targets.size())))));
    }
    return out;
  }

  /** Long URLs and headers, many parameters, and request lines and headers that are not HTTP. */
  List<Case> longAndMalformed() {
    List<Case> out = new ArrayList<>();
    for (int len : new int[] {8_000, 20_000, 100_000, 1_000_000}) {
      out.add(new Case("long URLs and headers", RawHttp.get("/events?text=" + "a".repeat(len))));
      out.add(new Case("long URLs and headers", RawHttp.get("/ui/" + "a/".repeat(len / 2))));
      out.add(new Case("long URLs and headers", bytes("GET /events HTTP/1.1\r\nHost: x\r\nConnection: close\r\nX-Long: "
          + "b".repeat(len) + "\r\n\r\n")));
      out.add(new Case("long URLs and headers", RawHttp.get("/events?" + "limit=1&".repeat(len / 8))));
    }
    out.add(new Case("long URLs and headers", bytes("GET /events HTTP/1.1\r\nHost: x\r\nConnection: close\r\n"
        + "X-Many: 1\r\n".repeat(5000) + "\r\n")));
    List<String> raw = List.of("GARBAGE\r\n\r\n", "GET\r\n\r\n", "GET / HTTP/9.9\r\nHost: x\r\n\r\n",
        "GET / HTTP/1.1\r\nConnection: close\r\n\r\n", "GET / HTTP/1.0\r\n\r\n", "GET /\u0000 HTTP/1.1\r\nHost: x\r\n\r\n",
        "GET /events HTTP/1.1\r\nHost: x\r\nno colon here\r\n\r\n", "GET /events HTTP/1.1\rHost: x\r\r\r",
        "\r\n\r\n\r\n", "PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n", "CONNECT 127.0.0.1:443 HTTP/1.1\r\nHost: x\r\n\r\n",
        "TRACE / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n", "OPTIONS * HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
        "get /events HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n", "DELETE /articles/d1 HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
        "PUT /articles/d1 HTTP/1.1\r\nHost: x\r\nConnection: close\r\nContent-Length: 2\r\n\r\n{}",
        "PATCH /events/1 HTTP/1.1\r\nHost: x\r\nConnection: close\r\nContent-Length: 0\r\n\r\n",
        "HEAD /events HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n", "GET /events HTTP/1.1\r\nHost: x\r\nHost: y\r\nConnection: close\r\n\r\n",
        "GET /events HTTP/1.1\r\nHost: \u00ff\u0000\r\nConnection: close\r\n\r\n", "GET /events HTTP/1.1\r\n Host: x\r\n\r\n",
        "GET /events HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\nContent-Length: 3\r\nConnection: close\r\n\r\n0\r\n\r\n",
        "GET /events?limit=1 HTTP/1.1\r\nHost: x\r\nConnection: close\r\nAuthorization: Bearer \u0000\u00ff\r\n\r\n",
        "POST /code HTTP/1.1\r\nHost: x\r\nConnection: close\r\nExpect: 100-continue\r\nContent-Length: 99999999\r\n\r\n",
        "GET /events HTTP/1.1\r\nHost: x\r\nConnection: close\r\nAccept: */*;q=\u00ff\r\nAccept-Charset: nonsense\r\n\r\n",
        "GET /%ZZ HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n", "GET /events?%ZZ=1 HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
        "GET events HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n", "GET /events\tHTTP/1.1\r\nHost: x\r\n\r\n");
    for (String r : raw) out.add(new Case("malformed HTTP", bytes(r)));
    for (int i = 0; out.size() < 57; i++) {
      byte[] b = randomBytes(1 + rnd.nextInt(5000));
      if (i % 2 == 0) b = RawHttp.concat(new byte[] {0x16, 0x03, 0x01, 0x02, 0x00, 0x01}, b); // a TLS hello to plain HTTP
      out.add(new Case("malformed HTTP", RawHttp.concat(b, bytes("\r\n\r\n"))));
    }
    return out;
  }
}
