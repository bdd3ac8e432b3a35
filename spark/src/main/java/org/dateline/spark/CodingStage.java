package org.dateline.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.row_number;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.dateline.ingest.Ingest;
import org.dateline.ingest.IngestItem;
import org.dateline.model.Article;
import org.dateline.model.Document;
import org.dateline.output.ArticleJson;
import org.dateline.pipeline.Pipeline;
import org.dateline.store.Fingerprint;

/**
 * Reads the input records, keys them (article id, content hash), leaves out what the output holds
 * already or the input repeats (the store's rules: same id or same content), and codes the rest
 * on the executors with each JVM's one pipeline. Failures keep their input and line.
 */
final class CodingStage {
  /** A keyed record, or a failure (reason and detail set, id null). */
  static final StructType PARSED = Schemas.KEYED.add("reason", DataTypes.StringType).add("detail", DataTypes.StringType);
  /** A coded article (record set), or a failure; with its place in the order. */
  static final StructType CODED_OUT = Schemas.of("arg", DataTypes.IntegerType, "path", DataTypes.StringType,
      "line", DataTypes.LongType, "json", DataTypes.BooleanType, "record", DataTypes.StringType,
      "origin", DataTypes.StringType, "reason", DataTypes.StringType, "detail", DataTypes.StringType);

  private CodingStage() {}

  /** Reads and keys every record; blank lines give nothing. */
  static Dataset<Row> parse(SparkSession spark, JavaRDD<Inputs.Raw> raws, JobOptions o) {
    JavaRDD<Row> rows = raws.mapPartitions(it -> {
      Ingest ingest = new Ingest(o.ingest());
      List<Row> out = new ArrayList<>();
      while (it.hasNext()) {
        Inputs.Raw r = it.next();
        IngestItem item = read(ingest, r);
        if (item instanceof IngestItem.Ok ok) {
          Article a = ok.article();
          out.add(RowFactory.create(r.arg(), r.path(), r.fileName(), r.line(), r.json(), r.bytes(), a.id(),
              Fingerprint.contentHash(a.text()), null, null));
        } else if (item instanceof IngestItem.Failed f) {
          out.add(RowFactory.create(r.arg(), r.path(), r.fileName(), r.line(), r.json(), null, null, null, f.reason(),
              f.detail()));
        }
      }
      return out.iterator();
    });
    return spark.createDataFrame(rows, PARSED);
  }

  private static IngestItem read(Ingest ingest, Inputs.Raw r) {
    return r.json() ? ingest.jsonLine(r.path(), r.fileName(), r.line(), r.bytes())
        : ingest.document(r.path(), r.fileName(), r.bytes());
  }

  /**
   * The records to code: not in the output yet (by id, then by content), and the first of those
   * the input repeats (by content, then by id), in input order.
   */
  static Dataset<Row> fresh(Dataset<Row> ok, Dataset<Row> stored) {
    Dataset<Row> notStored = stored == null ? ok
        : ok.join(stored.select("id"), ok.col("id").equalTo(stored.col("id")), "left_anti")
            .join(stored.select(col("content_hash").as("h")), col("content_hash").equalTo(col("h")), "left_anti");
    Dataset<Row> byContent = notStored.withColumn("n",
        row_number().over(Window.partitionBy("content_hash").orderBy("arg", "path", "line"))).where("n = 1").drop("n");
    return byContent.withColumn("n",
        row_number().over(Window.partitionBy("id").orderBy("arg", "path", "line"))).where("n = 1").drop("n");
  }

  /** Codes the records on the executors; a record that fails to code becomes a failure row. */
  static Dataset<Row> code(SparkSession spark, Dataset<Row> toCode, JobOptions o, int partitions) {
    JavaRDD<Row> coded = toCode.javaRDD().repartition(partitions).mapPartitions(it -> codeAll(it, o));
    return spark.createDataFrame(coded, CODED_OUT);
  }

  private static Iterator<Row> codeAll(Iterator<Row> it, JobOptions o) {
    Ingest ingest = new Ingest(o.ingest());
    List<Row> out = new ArrayList<>();
    while (it.hasNext()) {
      Row r = it.next();
      Inputs.Raw raw = new Inputs.Raw(r.getAs("arg"), r.getAs("path"), r.getAs("file_name"), r.getAs("line"),
          r.getAs("json"), r.getAs("bytes"));
      String record = null;
      String origin = null;
      String reason = null;
      String detail = null;
      try {
        Article a = ((IngestItem.Ok) read(ingest, raw)).article();
        Pipeline p = ExecutorPipeline.get(o.nlp(), o.dicts());
        Document doc = p.process(a);
        record = ArticleJson.line(doc);
        origin = a.origin();
      } catch (RuntimeException | StackOverflowError e) {
        // As in `dateline code`: one article that breaks the coder is reported, the rest go on.
        reason = "coding error";
        detail = "coding failed: " + e.getClass().getSimpleName() + ": " + e.getMessage();
      }
      out.add(RowFactory.create(raw.arg(), raw.path(), raw.line(), raw.json(), record, origin, reason, detail));
    }
    return out.iterator();
  }
}
