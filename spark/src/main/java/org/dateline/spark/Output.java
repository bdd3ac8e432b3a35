package org.dateline.spark;

import java.io.IOException;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;

/**
 * The output folder: one Parquet table per sub-folder (articles, places, events, mentions,
 * mention_actors, failures). A run writes every table to a staging folder first and then moves
 * them in place, articles last: the articles table is what a next run starts from, and a run
 * stopped between the moves is set right by running it again.
 */
final class Output {
  static final String[] TABLES = {"places", "events", "mentions", "mention_actors", "failures", "articles"};

  private final SparkSession spark;
  private final Path dir;
  private final FileSystem fs;

  Output(SparkSession spark, String out) throws IOException {
    this.spark = spark;
    this.dir = new Path(out);
    this.fs = dir.getFileSystem(spark.sparkContext().hadoopConfiguration());
  }

  /** The articles a previous run wrote (id, content_hash, record, origin, ingested_at), or null for none. */
  Dataset<Row> stored() throws IOException {
    Path articles = new Path(dir, "articles");
    if (!fs.exists(new Path(articles, "_SUCCESS"))) return null;
    return spark.read().schema(Schemas.ARTICLES).parquet(articles.toString())
        .select("id", "content_hash", "record", "origin", "ingested_at");
  }

  void write(Dataset<Row> articles, Dataset<Row> places, Dataset<Row> events, Dataset<Row> mentions,
             Dataset<Row> actors, Dataset<Row> failures) throws IOException {
    Path staging = new Path(dir, "_staging");
    fs.delete(staging, true);
    // Sorted as the store lists them, so that the files read in a stable order.
    articles.orderBy("ingested_at").write().mode(SaveMode.Overwrite).parquet(new Path(staging, "articles").toString());
    places.orderBy("article_id", "idx").write().parquet(new Path(staging, "places").toString());
    events.orderBy("id").write().parquet(new Path(staging, "events").toString());
    mentions.orderBy("event_id", "id").write().parquet(new Path(staging, "mentions").toString());
    actors.orderBy("mention_id", "side", "idx").write().parquet(new Path(staging, "mention_actors").toString());
    failures.orderBy("input", "line").write().parquet(new Path(staging, "failures").toString());
    for (String t : TABLES) {
      Path target = new Path(dir, t);
      fs.delete(target, true);
      if (!fs.rename(new Path(staging, t), target)) throw new IOException("cannot move " + t + " into " + dir);
    }
    fs.delete(staging, true);
  }

  long count(String table) {
    return spark.read().parquet(new Path(dir, table).toString()).count();
  }
}
