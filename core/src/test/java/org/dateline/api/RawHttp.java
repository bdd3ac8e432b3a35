package org.dateline.api;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * HTTP over a bare socket, so a test can send what no HTTP client would: unnormalised paths,
 * broken request lines, lying lengths, bodies that stop. The request is written by another thread
 * while this one reads, so an answer sent before the body is taken (413) is still read.
 */
final class RawHttp {
  /** What came back: the status (NONE when the server closed without one, TIMEOUT when nothing came). */
  record Answer(int status, String head, byte[] body) {
    static final int NONE = -1;
    static final int TIMEOUT = -2;

    String text() {
      return new String(body, StandardCharsets.ISO_8859_1);
    }
  }

  private static final ExecutorService WRITERS = Executors.newCachedThreadPool(r -> {
    Thread t = new Thread(r, "raw-http-writer");
    t.setDaemon(true);
    return t;
  });

  private RawHttp() {}

  static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.ISO_8859_1);
  }

  /** A GET of this request target as written, closing the connection after the answer. */
  static byte[] get(String target) {
    return bytes("GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
  }

  /** A POST with these extra header lines (each ending in CRLF) and a correct Content-Length. */
  static byte[] post(String target, String headers, byte[] body) {
    byte[] head = bytes("POST " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n" + headers
        + "Content-Length: " + body.length + "\r\n\r\n");
    return concat(head, body);
  }

  static byte[] concat(byte[] a, byte[] b) {
    byte[] out = new byte[a.length + b.length];
    System.arraycopy(a, 0, out, 0, a.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  static Answer send(int port, byte[] request, int timeoutMs) throws IOException {
    try (Socket s = new Socket()) {
      s.connect(new InetSocketAddress("127.0.0.1", port), timeoutMs);
      s.setSoTimeout(timeoutMs);
      OutputStream out = s.getOutputStream();
      WRITERS.submit(() -> {
        try {
          out.write(request);
          out.flush();
        } catch (IOException e) {
          // The server may close before taking it all (an answer sent early): the answer is what counts.
        }
      });
      return read(s.getInputStream());
    }
  }

  /** Reads until the server closes, the read times out, or the connection is reset. */
  static Answer read(InputStream in) {
    ByteArrayOutputStream got = new ByteArrayOutputStream();
    boolean timedOut = false;
    byte[] buf = new byte[8192];
    try {
      for (int n; (n = in.read(buf)) > 0; ) got.write(buf, 0, n);
    } catch (SocketTimeoutException e) {
      timedOut = true;
    } catch (IOException e) {
      // reset: what arrived before it is the answer
    }
    return parse(got.toByteArray(), timedOut);
  }

  private static Answer parse(byte[] all, boolean timedOut) {
    String s = new String(all, StandardCharsets.ISO_8859_1);
    int end = s.indexOf("\r\n\r\n");
    if (s.startsWith("HTTP/1.1 100 ") && end > 0) return parse(java.util.Arrays.copyOfRange(all, end + 4, all.length), timedOut);
    if (!s.startsWith("HTTP/") || s.length() < 12) return new Answer(timedOut ? Answer.TIMEOUT : Answer.NONE, s, new byte[0]);
    int status = Integer.parseInt(s.substring(9, 12));
    String head = end < 0 ? s : s.substring(0, end);
    byte[] body = end < 0 ? new byte[0] : java.util.Arrays.copyOfRange(all, end + 4, all.length);
    return new Answer(status, head, body);
  }
}
