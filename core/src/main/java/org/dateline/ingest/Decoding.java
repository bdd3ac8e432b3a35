package org.dateline.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;

/** Turns the bytes of an input into text, refusing empty, binary and non-UTF-8 input with a clear reason. */
final class Decoding {
  private Decoding() {}

  private static final int SNIFF = 8192;

  static String utf8(byte[] bytes) throws BadInputException {
    if (bytes.length == 0) throw new BadInputException("empty", "empty input (0 bytes)");
    // A byte-order mark says UTF-16 plainly; without one, its NUL bytes read as binary below.
    if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xFF && (bytes[1] & 0xff) == 0xFE) return utf16(bytes, StandardCharsets.UTF_16LE);
    if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xFE && (bytes[1] & 0xff) == 0xFF) return utf16(bytes, StandardCharsets.UTF_16BE);
    if (looksBinary(bytes)) {
      throw new BadInputException("binary", "binary data, not text (found NUL or control bytes)");
    }
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out;
    try {
      out = decoder.decode(in);
    } catch (MalformedInputException e) {
      throw new BadInputException("not UTF-8",
          "text is not valid UTF-8 (bad byte 0x" + String.format("%02X", bytes[in.position()] & 0xff)
              + " at byte " + in.position() + "); convert it to UTF-8 first");
    } catch (CharacterCodingException e) {
      throw new BadInputException("not UTF-8", "text is not valid UTF-8: " + e.getMessage());
    }
    String text = out.toString();
    if (!text.isEmpty() && text.charAt(0) == '\uFEFF') text = text.substring(1);
    if (text.isBlank()) throw new BadInputException("empty", "input holds only white space");
    return text;
  }

  private static String utf16(byte[] bytes, java.nio.charset.Charset cs) throws BadInputException {
    try {
      String text = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes, 2, bytes.length - 2)).toString();
      if (text.indexOf('\0') >= 0) throw new BadInputException("binary", "binary data, not text (NUL characters in UTF-16)");
      if (text.isBlank()) throw new BadInputException("empty", "input holds only white space");
      return text;
    } catch (CharacterCodingException e) {
      throw new BadInputException("not UTF-16", "starts with a UTF-16 byte-order mark but is not valid " + cs.name());
    }
  }

  /** NUL bytes, or many control bytes other than tab, newline, form feed and carriage return. */
  static boolean looksBinary(byte[] bytes) {
    int n = Math.min(bytes.length, SNIFF);
    int control = 0;
    for (int i = 0; i < n; i++) {
      int b = bytes[i] & 0xff;
      if (b == 0) return true;
      if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') control++;
    }
    return control > n / 20;
  }
}
