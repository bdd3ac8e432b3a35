package org.dateline.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import java.io.IOException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.dateline.ingest.BadInputException;
import org.dateline.model.Document;
import org.dateline.output.ArticleJson;
import org.dateline.output.ArticleJsonReader;

/**
 * The job: read, key and code the input (CodingStage), add the articles the output holds already,
 * and write the store's tables from all of them: articles with near-duplicates linked, places,
 * mentions merged into events, their actors, and the failures. Every table is recomputed from the
 * coded records, so running again over the same input changes nothing and codes nothing again.
 */
final class SparkJob {
  /** What a run did; {@code skipped} counts records the output held already or the input repeated. */
  record Summary(long read, long coded, long failed, long skipped, Map<String, Long> reasons, long articles,
                 long mentions, long events) {}

  private SparkJob() {}

  static Summary run(SparkSession spark, JobOptions o) throws IOException {
    LocalDateTime started = LocalDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
    Output output = new Output(spark, o.out());
    List<Inputs.Missing> missing = new ArrayList<>();
    List<Inputs.InputFile> files = Inputs.list(spark.sparkContext().hadoopConfiguration(), o.inputs(), missing);
    for (String d : o.dicts()) spark.sparkContext().addFile(d, true);
    JobOptions shipped = new JobOptions(o.inputs(), o.out(), o.mergeDays(), o.nlp(), names(o.dicts()), o.date(),
        o.source(), o.maxBytes(), o.partitions());

    Dataset<Row> parsed = CodingStage.parse(spark, Inputs.read(spark, files, missing), shipped)
        .persist(StorageLevel.MEMORY_AND_DISK());
    Dataset<Row> ok = parsed.where(col("reason").isNull());
    Dataset<Row> stored = output.stored();
    Dataset<Row> toCode = CodingStage.fresh(ok, stored);
    int partitions = o.partitions() > 0 ? o.partitions() : 4 * spark.sparkContext().defaultParallelism();
    // Coding is the costly part: persisted so that nothing after it codes again.
    Dataset<Row> coded = CodingStage.code(spark, toCode, shipped, partitions).persist(StorageLevel.MEMORY_AND_DISK());
    long codedAll = coded.count();

    Dataset<Row> failures = failures(spark, parsed, coded, missing);
    Dataset<Row> fresh = ordered(spark, coded.where(col("record").isNotNull()), started);
    Dataset<Row> all = stored == null ? fresh
        : stored.select("record", "origin", "ingested_at").unionByName(fresh);
    all = all.persist(StorageLevel.MEMORY_AND_DISK());
    // Counted before the tables move: the old articles table is an input until then.
    long read = parsed.count() + missing.size();
    long codedOk = codedAll - coded.where(col("record").isNull()).count();
    long skipped = ok.count() - codedAll;
    Map<String, Long> reasons = new TreeMap<>();
    for (Row r : failures.groupBy("reason").count().collectAsList()) reasons.put(r.getString(0), r.getLong(1));
    long failed = reasons.values().stream().mapToLong(Long::longValue).sum();
    Dataset<Row>[] tables = tables(spark, all, o.mergeDays());
    output.write(tables[0], tables[1], tables[2], tables[3], tables[4], failures);
    Summary s = new Summary(read, codedOk, failed, skipped, reasons, output.count("articles"), output.count("mentions"),
        output.count("events"));
    parsed.unpersist();
    coded.unpersist();
    all.unpersist();
    return s;
  }

  /** The file or folder names of the --dict paths, as SparkFiles knows them on the executors. */
  private static List<String> names(List<String> paths) {
    List<String> out = new ArrayList<>();
    for (String p : paths) out.add(new org.apache.hadoop.fs.Path(p).getName());
    return out;
  }

  private static Dataset<Row> failures(SparkSession spark, Dataset<Row> parsed, Dataset<Row> coded,
                                       List<Inputs.Missing> missing) {
    List<Row> paths = new ArrayList<>();
    for (Inputs.Missing m : missing) paths.add(RowFactory.create(m.path(), null, m.reason(), m.detail()));
    Dataset<Row> bad = parsed.where(col("reason").isNotNull()).unionByName(
        coded.where(col("record").isNull()).select("path", "line", "json", "reason", "detail"), true);
    Dataset<Row> lines = bad.select(col("path").as("input"),
        org.apache.spark.sql.functions.when(col("json"), col("line")).otherwise(lit(null).cast("long")).as("line"),
        col("reason"), col("detail"));
    return lines.unionByName(spark.createDataFrame(paths, Schemas.FAILURES));
  }

  /**
   * The new articles in input order (argument, path, line), each stamped with the run's start
   * plus its rank in microseconds: the articles table itself then keeps the order in which the
   * store would have met them, which merging and near-duplicates depend on.
   */
  private static Dataset<Row> ordered(SparkSession spark, Dataset<Row> coded, LocalDateTime started) {
    JavaRDD<Row> rows = coded.orderBy("arg", "path", "line").javaRDD().zipWithIndex()
        .map(t -> RowFactory.create(t._1().getAs("record"), t._1().getAs("origin"), started.plus(t._2(), ChronoUnit.MICROS)));
    return spark.createDataFrame(rows, Schemas.CODED);
  }

  /** articles, places, events, mentions and mention_actors from the coded records. */
  private static Dataset<Row>[] tables(SparkSession spark, Dataset<Row> all, int mergeDays) {
    JavaRDD<Row> records = all.javaRDD();
    Dataset<Row> articles = spark.createDataFrame(records.map(r -> {
      Document doc = doc(r);
      return TableRows.article(doc, ArticleJson.line(doc), r.getAs("ingested_at"));
    }), Schemas.ARTICLES).persist(StorageLevel.MEMORY_AND_DISK());
    Dataset<Row> places = spark.createDataFrame(records.flatMap(r -> TableRows.places(doc(r)).iterator()), Schemas.PLACES);
    Dataset<Row> mentions = spark.createDataFrame(records.flatMap(r -> TableRows.mentions(doc(r)).iterator()),
        Schemas.MENTIONS);
    Dataset<Row> actors = spark.createDataFrame(records.flatMap(r -> TableRows.mentionActors(doc(r)).iterator()),
        Schemas.MENTION_ACTORS);
    Dataset<Row> dups = NearDuplicateStage.run(spark, articles);
    Dataset<Row> linked = articles.drop("duplicate_of", "similarity")
        .join(dups.select(col("id").as("d_id"), col("duplicate_of"), col("similarity")), col("id").equalTo(col("d_id")), "left")
        .select(MergeStage.columns(Schemas.ARTICLES));
    Dataset<Row>[] merged = MergeStage.run(spark, mentions, articles.select("id", "ingested_at"), mergeDays);
    @SuppressWarnings("unchecked")
    Dataset<Row>[] out = new Dataset[] {linked, places, merged[0], merged[1], actors};
    return out;
  }

  private static Document doc(Row r) throws BadInputException {
    return ArticleJsonReader.read(r.getAs("record"), r.getAs("origin"));
  }
}
