package org.dateline.spark;

import static org.apache.spark.sql.functions.col;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.dateline.model.Event;
import org.dateline.model.Place;
import org.dateline.store.EventSlots;
import scala.Tuple2;

/**
 * Merges mentions into events as the store does, with the store's rule ({@link EventSlots}).
 * Merging only ever joins mentions of one directed dyad, CAMEO root and factuality (told as having
 * happened or not), so Spark groups them by that key (the shuffle) and each group is walked in the
 * order the store would have met its mentions (article order, then mention index): the rule is
 * greedy, so that order is part of the result. Event ids are the creating mentions' ranks in that
 * order, which are the ids a fresh store gives.
 */
final class MergeStage {
  /** Which event each mention went to (named by the mention that created it), and the events as merging left them. */
  private static final StructType ASSIGNED = Schemas.of("mention_id", DataTypes.StringType, "creator", DataTypes.StringType,
      "e_first", DataTypes.DateType, "e_last", DataTypes.DateType, "e_place_name", DataTypes.StringType,
      "e_place_country", DataTypes.StringType, "e_lat", DataTypes.DoubleType, "e_lon", DataTypes.DoubleType);

  private MergeStage() {}

  /** Events and mentions (with event_id) from mentions without events and each article's order (ingested_at). */
  static Dataset<Row>[] run(SparkSession spark, Dataset<Row> mentions, Dataset<Row> articleOrder, int mergeDays) {
    Dataset<Row> m = mentions.drop("event_id")
        .join(articleOrder.select(col("id").as("a_id"), col("ingested_at").as("ord")), col("article_id").equalTo(col("a_id")))
        .drop("a_id");
    JavaRDD<Row> keyed = m.where(col("actor1").isNotNull().or(col("actor2").isNotNull()))
        .select("id", "actor1", "actor2", "cameo_root", "ord", "idx", "day", "place_name", "place_country", "lat", "lon",
            "negated", "modality")
        .javaRDD();
    JavaRDD<Row> assigned = keyed
        .mapToPair(r -> new Tuple2<>(key(r.getString(1), r.getString(2), r.getString(3), factual(r)), r))
        .groupByKey()
        .flatMap(g -> walk(g._2(), mergeDays).iterator());
    // A mention without any known actor is an event of its own.
    Dataset<Row> alone = m.where(col("actor1").isNull().and(col("actor2").isNull()))
        .select(col("id").as("mention_id"), col("id").as("creator"), col("day").as("e_first"), col("day").as("e_last"),
            col("place_name").as("e_place_name"), col("place_country").as("e_place_country"), col("lat").as("e_lat"),
            col("lon").as("e_lon"));
    Dataset<Row> all = spark.createDataFrame(assigned, ASSIGNED).unionByName(alone).cache();

    // Event ids: 1, 2, ... in the order the creating mentions come (article order, then index).
    Dataset<Row> creators = all.where(col("mention_id").equalTo(col("creator")))
        .join(m, all.col("creator").equalTo(m.col("id")))
        .orderBy(col("ord"), col("idx"));
    JavaRDD<Row> numbered = creators.javaRDD().zipWithIndex().map(t -> {
      Row r = t._1();
      return RowFactory.create(t._2() + 1, r.getAs("actor1"), r.getAs("actor2"), r.getAs("cameo"), r.getAs("cameo_root"),
          r.getAs("quad_class"), r.getAs("goldstein"), r.getAs("plover_type"), r.getAs("e_first"), r.getAs("e_last"),
          r.getAs("e_place_name"), r.getAs("e_place_country"), r.getAs("e_lat"), r.getAs("e_lon"), factual(r),
          r.getAs("creator"));
    });
    StructType withCreator = Schemas.EVENTS.add("creator", DataTypes.StringType);
    Dataset<Row> eventsWithCreator = spark.createDataFrame(numbered, withCreator).cache();
    Dataset<Row> events = eventsWithCreator.drop("creator");
    Dataset<Row> ids = all.select("mention_id", "creator")
        .join(eventsWithCreator.select(col("creator").as("c"), col("id").as("eid")), col("creator").equalTo(col("c")));
    Dataset<Row> merged = mentions.drop("event_id").join(ids, mentions.col("id").equalTo(ids.col("mention_id")))
        .withColumn("event_id", col("eid"));
    Dataset<Row> outMentions = merged.select(columns(Schemas.MENTIONS));
    @SuppressWarnings("unchecked")
    Dataset<Row>[] out = new Dataset[] {events, outMentions};
    return out;
  }

  static org.apache.spark.sql.Column[] columns(StructType schema) {
    String[] names = schema.fieldNames();
    org.apache.spark.sql.Column[] out = new org.apache.spark.sql.Column[names.length];
    for (int i = 0; i < names.length; i++) out[i] = col(names[i]);
    return out;
  }

  private static String key(String actor1, String actor2, String root, boolean factual) {
    return (actor1 == null ? "\u0001" : actor1) + "\u0000" + (actor2 == null ? "\u0001" : actor2) + "\u0000" + root
        + "\u0000" + factual;
  }

  /** Whether the mention tells its act as having happened: such mentions merge only with their like, as in the store. */
  private static boolean factual(Row r) {
    return Event.factual(Boolean.TRUE.equals(r.getAs("negated")), r.getAs("modality"));
  }

  /** The store's greedy merge over one dyad and root's mentions, in the store's order. */
  static List<Row> walk(Iterable<Row> group, int mergeDays) {
    List<Row> rows = new ArrayList<>();
    group.forEach(rows::add);
    rows.sort(Comparator.<Row, java.time.LocalDateTime>comparing(r -> r.getAs("ord")).thenComparing(r -> (Integer) r.getAs("idx")));
    List<EventSlots.Slot> slots = new ArrayList<>();
    Map<Long, String> creatorOf = new HashMap<>();
    List<String[]> pairs = new ArrayList<>();
    for (Row r : rows) {
      String id = r.getAs("id");
      LocalDate day = r.getAs("day");
      Place p = place(r);
      EventSlots.Slot s = EventSlots.nearest(slots, day, p, mergeDays);
      if (s == null) {
        s = EventSlots.Slot.of(slots.size(), day, p);
        slots.add(s);
        creatorOf.put(s.id, id);
      } else {
        EventSlots.widen(s, day);
        EventSlots.place(s, p);
      }
      pairs.add(new String[] {id, creatorOf.get(s.id)});
    }
    Map<String, EventSlots.Slot> slotOf = new HashMap<>();
    for (EventSlots.Slot s : slots) slotOf.put(creatorOf.get(s.id), s);
    List<Row> out = new ArrayList<>();
    for (String[] p : pairs) {
      EventSlots.Slot s = p[0].equals(p[1]) ? slotOf.get(p[0]) : null;
      out.add(s == null ? RowFactory.create(p[0], p[1], null, null, null, null, null, null)
          : RowFactory.create(p[0], p[1], s.first, s.last, s.placeName, s.placeCountry, s.lat, s.lon));
    }
    return out;
  }

  /** The mention's place as merging compares it; null when it names none. */
  private static Place place(Row r) {
    String name = r.getAs("place_name");
    String country = r.getAs("place_country");
    Double lat = r.getAs("lat");
    Double lon = r.getAs("lon");
    if (name == null && country == null && lat == null && lon == null) return null;
    return new Place(name, 0, 0, 0, name, country, null, null, lat, lon, null, 0.0);
  }
}
