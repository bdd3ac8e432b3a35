package org.dateline.spark;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.row_number;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.dateline.store.Fingerprint;

/**
 * Links syndicated copies to their originals as the store does, with the store's MinHash bands
 * (Fingerprint): candidates are earlier articles sharing a band (a join on band and hash), a
 * candidate is a copy's source when the exact word 5-gram Jaccard is at least 0.8, the most alike
 * wins (the earlier on a tie), and a copy is linked to its source's original, never to a copy.
 */
final class NearDuplicateStage {
  private static final StructType BANDS = Schemas.of("id", DataTypes.StringType, "ord", DataTypes.TimestampNTZType,
      "band", DataTypes.IntegerType, "hash", DataTypes.LongType);
  private static final StructType SIMILAR = Schemas.of("id", DataTypes.StringType, "cand", DataTypes.StringType,
      "cand_ord", DataTypes.TimestampNTZType, "similarity", DataTypes.DoubleType);

  private NearDuplicateStage() {}

  /** (id, duplicate_of, similarity) for every article that copies an earlier one. */
  static Dataset<Row> run(SparkSession spark, Dataset<Row> articles) {
    Dataset<Row> texts = articles.select("id", "text", "ingested_at");
    JavaRDD<Row> bandRows = texts.javaRDD().flatMap(r -> {
      long[] bands = Fingerprint.bands(Fingerprint.shingles(r.getString(1)));
      List<Row> out = new ArrayList<>();
      for (int b = 0; b < bands.length; b++) out.add(RowFactory.create(r.getString(0), r.get(2), b, bands[b]));
      return out.iterator();
    });
    Dataset<Row> bands = spark.createDataFrame(bandRows, BANDS);
    Dataset<Row> later = bands.as("a");
    Dataset<Row> earlier = bands.as("b");
    Dataset<Row> pairs = later.join(earlier, col("a.band").equalTo(col("b.band")).and(col("a.hash").equalTo(col("b.hash")))
            .and(col("b.ord").lt(col("a.ord"))))
        .select(col("a.id").as("id"), col("b.id").as("cand"), col("b.ord").as("cand_ord")).distinct();
    Dataset<Row> withTexts = pairs
        .join(texts.select(col("id").as("i1"), col("text").as("t1")), col("id").equalTo(col("i1")))
        .join(texts.select(col("id").as("i2"), col("text").as("t2")), col("cand").equalTo(col("i2")));
    JavaRDD<Row> sims = withTexts.javaRDD().flatMap(r -> {
      Set<Long> a = Fingerprint.shingles(r.getAs("t1"));
      double sim = Fingerprint.jaccard(a, Fingerprint.shingles(r.getAs("t2")));
      return sim >= Fingerprint.NEAR_DUPLICATE
          ? List.of(RowFactory.create(r.getAs("id"), r.getAs("cand"), r.getAs("cand_ord"), sim)).iterator()
          : java.util.Collections.<Row>emptyIterator();
    });
    Dataset<Row> best = spark.createDataFrame(sims, SIMILAR)
        .withColumn("rank", row_number().over(Window.partitionBy("id").orderBy(col("similarity").desc(), col("cand_ord"))))
        .where(col("rank").equalTo(1))
        .select(col("id"), col("cand").as("duplicate_of"), col("similarity"))
        .cache();
    return originals(best);
  }

  /** Follows links until each points at an article that copies none (pointer jumping: few rounds). */
  private static Dataset<Row> originals(Dataset<Row> links) {
    Dataset<Row> cur = links;
    for (int round = 0; round < 64; round++) {
      Dataset<Row> next = cur.as("x").join(cur.select(col("id").as("y_id"), col("duplicate_of").as("y_dup")),
              col("x.duplicate_of").equalTo(col("y_id")), "left")
          .select(col("x.id").as("id"), coalesce(col("y_dup"), col("x.duplicate_of")).as("duplicate_of"),
              col("x.similarity").as("similarity"))
          .cache();
      boolean moved = next.join(cur.select(col("id").as("c_id"), col("duplicate_of").as("c_dup")), col("id").equalTo(col("c_id")))
          .where(col("duplicate_of").notEqual(col("c_dup"))).limit(1).count() > 0;
      cur = next;
      if (!moved) break;
    }
    return cur;
  }
}
