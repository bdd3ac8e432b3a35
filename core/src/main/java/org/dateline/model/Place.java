package org.dateline.model;

/**
 * A place mention resolved, as far as possible, to a point on the map.
 * Coordinates and ids are null when the place could not be resolved with confidence.
 */
public record Place(String text, int start, int end, int sentence, String name, String country,
                    String admin1, String featureClass, Double lat, Double lon, Long geonameId,
                    double confidence) {}
