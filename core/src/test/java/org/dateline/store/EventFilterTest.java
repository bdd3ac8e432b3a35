package org.dateline.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The messages of bad filters name the parameter at fault and say why. */
class EventFilterTest {
  static EventFilter parse(String... kv) {
    Map<String, String> m = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) m.put(kv[i], kv[i + 1]);
    return EventFilter.parse(m, 50, 500);
  }

  static BadParameter bad(String... kv) {
    return assertThrows(BadParameter.class, () -> parse(kv));
  }

  static void assertBad(String parameter, String says, String... kv) {
    BadParameter e = bad(kv);
    assertEquals(parameter, e.parameter(), e.getMessage());
    assertTrue(e.getMessage().contains(says), e.getMessage());
  }

  @Test
  void coordinatesOutOfRangeBlameNearNotKm() {
    assertBad("near", "latitude 999 is out of range: a latitude must be within -90..90", "near", "999,999", "km", "5");
    assertBad("near", "longitude -181 is out of range: a longitude must be within -180..180", "near", "45,-181", "km", "5");
    assertBad("near", "latitude 90.5", "near", "90.5,0");
    assertBad("near", "the latitude 'north' is not a number", "near", "north,121", "km", "5");
    assertBad("near", "the longitude 'NaN' is not a number", "near", "14.6,NaN");
    assertBad("near", "the latitude 'Infinity' is not a number", "near", "Infinity,0");
    assertBad("near", "the longitude '' is not a number", "near", "14.6,");
    assertBad("near", "is not LAT,LON in degrees", "near", "1,2,3");
    assertBad("near", "is not LAT,LON in degrees", "near", "north");
  }

  @Test
  void kmIsBlamedOnlyForItself() {
    assertBad("km", "'five' is not a number of kilometres", "near", "14.6,121", "km", "five");
    assertBad("km", "must be a positive number of kilometres, not -5", "near", "14.6,121", "km", "-5");
    assertBad("km", "must be a positive number of kilometres, not 1e999", "near", "14.6,121", "km", "1e999");
    assertBad("km", "needs near=LAT,LON as well", "km", "5");
  }

  @Test
  void goodCoordinatesAreRead() {
    assertArrayEquals(new double[] {14.6, 121.0, 5}, parse("near", " 14.6 , 121 ", "km", "5").near());
    assertArrayEquals(new double[] {-90, 180, 50}, parse("near", "-90,+180").near());
    assertArrayEquals(new double[] {0.5, -0.25, 0.5}, parse("near", ".5,-.25", "km", "5e-1").near());
  }

  @Test
  void aNumberTooLargeIsOutOfRangeNotNotANumber() {
    assertBad("limit", "must be between 1 and 500, not 2147483648", "limit", "2147483648");
    assertBad("offset", "must be between 0 and 2147483647, not 99999999999999999999", "offset", "99999999999999999999");
    assertBad("quad", "must be between 1 and 4, not -9", "quad", "-9");
    assertBad("limit", "'1.5' is not a whole number", "limit", "1.5");
    assertBad("quad", "'0x1' is not a whole number", "quad", "0x1");
    assertEquals(7, parse("limit", "+7").limit());
  }
}
