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
    Map<Element, int[]> spans = spans(root);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < blocks.size(); i++) {
      Element b = blocks.get(i);
      // A container of blocks: blocks come in document order, so its first inner block is the next one.
      if (i + 1 < blocks.size() && spans.get(blocks.get(i + 1))[0] <= spans.get(b)[1]) continue;
      String t = b.text().strip();
      if (t.isEmpty()) continue;
      if (sb.length() > 0) sb.append("\n\n");
      sb.append(t);
    }
    return sb.length() > 0 ? sb.toString() : root.text();
  }

  /**
   * Each element's place in one walk of the tree: {first, last} positions of its subtree, so that
   * whether one element holds another is found without walking it again (a page nested thousands
   * deep made that quadratic).
   */
  private static Map<Element, int[]> spans(Element root) {
    Map<Element, int[]> spans = new java.util.IdentityHashMap<>();
    int[] counter = {0};
    org.jsoup.select.NodeTraversor.traverse(new org.jsoup.select.NodeVisitor() {
      @Override public void head(org.jsoup.nodes.Node node, int depth) {
        counter[0]++;
        if (node instanceof Element e) spans.put(e, new int[] {counter[0], 0});
      }

      @Override public void tail(org.jsoup.nodes.Node node, int depth) {
        if (node instanceof Element e) spans.get(e)[1] = counter[0];
      }
    }, root);
    return spans;
  }

  private static Element densest(org.jsoup.nodes.Document doc) {
    Element best = doc.body() == null ? doc : doc.body();
    int bestLen = 0;
    java.util.Set<Element> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    for (Element p : doc.select("p")) {
      Element parent = p.parent();
      // Each parent once: a page of thousands of sibling paragraphs made this quadratic.
      if (parent == null || !seen.add(parent)) continue;
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
