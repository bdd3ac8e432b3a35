package org.dateline.ingest;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.dateline.model.Article;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/** An HTML page: its main text, title and published date from the usual meta tags. */
final class HtmlReader {
  // Where publishers put the publication date, most specific first.
  private static final List<String> DATE_SELECTORS = List.of(
      "meta[property=article:published_time]", "meta[property=og:published_time]",
      "meta[itemprop=datePublished]", "meta[name=pubdate]", "meta[name=publishdate]",
      "meta[name=date]", "meta[name=DC.date.issued]", "meta[name=dc.date]", "meta[name=parsely-pub-date]",
      "meta[name=sailthru.date]", "time[itemprop=datePublished]", "time[datetime]");
  private static final List<String> BODY_SELECTORS = List.of(
      "[itemprop=articleBody]", "article", "main", "[role=main]");
  private static final String BLOCKS = "p, h2, h3, h4, blockquote, li";

  private final IngestOptions options;

  HtmlReader(IngestOptions options) {
    this.options = options;
  }

  Article read(String html, String id, String origin) throws BadInputException {
    var doc = Jsoup.parse(html);
    doc.select("script, style, noscript, nav, header, footer, aside, form, iframe, svg").remove();
    String title = firstContent(doc, List.of("meta[property=og:title]", "meta[name=twitter:title]"));
    if (title == null) title = doc.title().isBlank() ? null : doc.title().strip();
    LocalDate date = null;
    String unreadable = null;
    for (String sel : DATE_SELECTORS) {
      Element e = doc.selectFirst(sel);
      if (e == null) continue;
      String value = e.hasAttr("content") ? e.attr("content") : e.attr("datetime");
      try {
        date = Dates.parse(value);
      } catch (Dates.UnreadableDateException bad) {
        if (unreadable == null) unreadable = "date in " + sel + " \"" + bad.value() + "\"";
      }
      if (date != null) break;
    }
    if (date != null) unreadable = null; // another tag gave a date that can be read
    String source = firstContent(doc, List.of("meta[property=og:site_name]", "meta[name=publisher]"));
    String url = firstContent(doc, List.of("meta[property=og:url]", "link[rel=canonical]"));
    String text = mainText(doc);
    if (text.isBlank()) throw new BadInputException("no text", "HTML page has no readable text");
    return Articles.build(text, new Articles.Meta(id, date, unreadable, source, title, url, Map.of()), origin, options);
  }

  /** The paragraphs of the article body; where the page marks no body, those of the element holding most paragraph text. */
  private static String mainText(org.jsoup.nodes.Document doc) {
    Element root = null;
    for (String sel : BODY_SELECTORS) {
      root = doc.selectFirst(sel);
      if (root != null) break;
    }
    if (root == null) root = densest(doc);
    Elements blocks = root.select(BLOCKS);
    StringBuilder sb = new StringBuilder();
    for (Element b : blocks) {
      if (b.select(BLOCKS).size() > 1) continue; // a container of blocks (select includes b itself)
      String t = b.text().strip();
      if (t.isEmpty()) continue;
      if (sb.length() > 0) sb.append("\n\n");
      sb.append(t);
    }
    return sb.length() > 0 ? sb.toString() : root.text();
  }

  private static Element densest(org.jsoup.nodes.Document doc) {
    Element best = doc.body() == null ? doc : doc.body();
    int bestLen = 0;
    for (Element p : doc.select("p")) {
      Element parent = p.parent();
      if (parent == null) continue;
      int len = 0;
      for (Element sib : parent.children()) {
        if (sib.tagName().equals("p")) len += sib.text().length();
      }
      if (len > bestLen) {
        bestLen = len;
        best = parent;
      }
    }
    return best;
  }

  private static String firstContent(org.jsoup.nodes.Document doc, List<String> selectors) {
    for (String sel : selectors) {
      Element e = doc.selectFirst(sel);
      if (e == null) continue;
      String v = e.hasAttr("content") ? e.attr("content") : e.attr("href");
      if (!v.isBlank()) return v.strip();
    }
    return null;
  }
}
