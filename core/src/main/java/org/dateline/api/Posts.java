package org.dateline.api;

import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import org.dateline.ingest.Ingest;
import org.dateline.ingest.IngestItem;
import org.dateline.ingest.IngestOptions;
import org.dateline.model.Article;
import org.dateline.model.Document;
import org.dateline.output.ArticleJson;
import org.dateline.store.BadParameter;
import org.dateline.store.Fingerprint;
import org.dateline.store.Store;
import org.dateline.store.TextIndex;

/**
 * Posted articles: read like standard input of {@code dateline code} (a JSON object with id, date,
 * source, title, url, text; wire text; HTML; plain text with ?date=), coded, and, for
 * POST /articles with the write token, stored.
 */
final class Posts {
  private final Store store;
  private final Function<Article, Document> coder;
  private final byte[] token;
  private final long maxBody;

  Posts(Store store, Function<Article, Document> coder, String token, long maxBody) {
    this.store = store;
    this.coder = coder;
    this.token = token == null ? null : token.getBytes(StandardCharsets.UTF_8);
    this.maxBody = maxBody;
  }

  Object code(Context ctx) {
    return ArticleJson.tree(coder.apply(read(ctx)));
  }

  Object codeAndStore(Context ctx) throws Exception {
    authorise(ctx);
    Document doc = coder.apply(read(ctx));
    Store.Outcome outcome;
    synchronized (store) {
      outcome = store.put(doc, 3);
      store.flush(); // answered as stored, so it must be durable now
      if (outcome == Store.Outcome.STORED) new TextIndex(store.indexDir()).sync(store.connection());
    }
    if (outcome != Store.Outcome.STORED) {
      throw new HttpResponseException(409, "article " + doc.article().id() + " is stored already ("
          + (outcome == Store.Outcome.SAME_ID ? "same id" : "same content") + ")", Map.of());
    }
    return ArticleJson.tree(doc);
  }

  private void authorise(Context ctx) {
    if (token == null || store.readOnly()) {
      throw new HttpResponseException(403, "this server is read-only: start dateline serve with --token to allow writes", Map.of());
    }
    String h = ctx.header("Authorization");
    byte[] given = h == null || !h.startsWith("Bearer ") ? new byte[0] : h.substring(7).getBytes(StandardCharsets.UTF_8);
    if (!MessageDigest.isEqual(given, token)) {
      ctx.header("WWW-Authenticate", "Bearer");
      throw new HttpResponseException(401, "writes need the header Authorization: Bearer TOKEN", Map.of());
    }
  }

  private Article read(Context ctx) {
    byte[] body = body(ctx);
    if (body.length == 0) throw new BadParameter("body", "is empty: post an article (JSON, wire text, HTML or text)");
    for (String k : ctx.queryParamMap().keySet()) {
      if (!k.equals("date") && !k.equals("source")) throw new BadParameter(k, "unknown parameter; known: date, source");
    }
    IngestOptions options = new IngestOptions(date(ctx.queryParam("date")), ctx.queryParam("source"), body.length);
    List<IngestItem> items = new ArrayList<>();
    new Ingest(options, new ByteArrayInputStream(body)).read(new Ingest.Source("-", null), items::add);
    if (items.size() != 1) throw new BadParameter("body", "post one article, not " + items.size());
    if (items.get(0) instanceof IngestItem.Failed f) throw new BadParameter("body", f.detail());
    Article a = ((IngestItem.Ok) items.get(0)).article();
    if (!a.id().startsWith("stdin")) return a;
    // No id given: name it by its content, so posting the same text twice names it alike.
    String id = "post-" + Fingerprint.contentHash(a.text()).substring(0, 16);
    return new Article(id, a.date(), a.source(), a.title(), a.url(), a.text(), a.bodyOffset(), a.dateline(),
        a.extra(), "POST");
  }

  /**
   * The body, refused with 413 once past the limit whether or not its length was declared (a
   * chunked body has none), so no request can fill the memory.
   */
  private byte[] body(Context ctx) {
    long declared = ctx.req().getContentLengthLong();
    if (declared > maxBody) throw tooLarge(declared + " bytes");
    try (InputStream in = ctx.req().getInputStream()) {
      byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBody + 1));
      if (body.length > maxBody) throw tooLarge("more than " + maxBody + " bytes");
      return body;
    } catch (IOException e) {
      // The client stopped sending (idle timeout) or sent a broken chunked body.
      boolean slow = e.getCause() instanceof TimeoutException || e instanceof InterruptedIOException;
      throw new HttpResponseException(slow ? 408 : 400, slow ? "the request body did not arrive in time"
          : "the request body could not be read: " + e.getMessage(), Map.of());
    }
  }

  private HttpResponseException tooLarge(String size) {
    return new HttpResponseException(413, "request body too large: " + size + ", the limit is " + maxBody
        + " bytes (dateline serve --max-body)", Map.of());
  }

  private static LocalDate date(String v) {
    try {
      return v == null || v.isBlank() ? null : LocalDate.parse(v.strip());
    } catch (DateTimeParseException e) {
      throw new BadParameter("date", "'" + v + "' is not a date YYYY-MM-DD");
    }
  }
}
