package org.dateline.eval.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The readers on small hand-written files. */
class TimeReadersTest {
  @TempDir Path dir;

  @Test
  void timeMlTextIsTheTextElementWithoutMarkup() throws Exception {
    Path f = dir.resolve("doc1.tml");
    Files.writeString(f, """
        <?xml version="1.0" ?>
        <TimeML>
        <DOCID>doc1</DOCID>
        <DCT><TIMEX3 tid="t0" type="DATE" value="2001-05-04" functionInDocument="CREATION_TIME">May 4</TIMEX3></DCT>
        <TITLE>Rain <TIMEX3 tid="t9" type="DATE" value="2001-05-04">today</TIMEX3></TITLE>
        <TEXT>Rates &amp; bonds <EVENT eid="e1">fell</EVENT> <TIMEX3 tid="t1" type="DATE" value="2001-05-03" functionInDocument="NONE">yesterday</TIMEX3>.</TEXT>
        </TimeML>
        """);
    TimeDocument d = TimeMlReader.read(f);
    assertEquals("doc1", d.id());
    assertEquals("2001-05-04", d.dct());
    assertEquals("Rates & bonds fell yesterday.", d.text());
    assertEquals(List.of(new Timex(19, 28, "yesterday", "DATE", "2001-05-03")), d.gold());
    assertNull(d.dctMention());
  }

  @Test
  void meantimeWithoutCreationTimeTakesTheDateLine() throws Exception {
    Path f = dir.resolve("a.xml");
    Files.writeString(f, """
        <?xml version="1.0" ?><Document doc_id="7" lang="en">
        <token number="0" sentence="0" t_id="1">Title</token>
        <token number="1" sentence="1" t_id="2">March</token>
        <token number="2" sentence="1" t_id="3">2</token>
        <token number="3" sentence="1" t_id="4">,</token>
        <token number="4" sentence="1" t_id="5">2007</token>
        <token number="5" sentence="2" t_id="6">On</token>
        <token number="6" sentence="2" t_id="7">Monday</token>
        <Markables>
        <TIMEX3 m_id="1" type="DATE" value="2007-03-02" functionInDocument="NONE">
        <token_anchor t_id="2"/><token_anchor t_id="3"/><token_anchor t_id="4"/><token_anchor t_id="5"/>
        </TIMEX3>
        <TIMEX3 m_id="2" type="DATE" value="2007-02-26" functionInDocument="NONE"><token_anchor t_id="7"/></TIMEX3>
        <TIMEX3 m_id="3" type="DATE" value="2007" functionInDocument="NONE"/>
        </Markables></Document>
        """);
    TimeDocument d = MeantimeReader.read(f);
    assertEquals("Title\n\nMarch 2 , 2007\n\nOn Monday", d.text());
    assertEquals("2007-03-02", d.dct());
    assertEquals(List.of(new Timex(26, 32, "Monday", "DATE", "2007-02-26")), d.gold());
    assertEquals("March 2 , 2007", d.dctMention().text());
  }
}
