package org.crosscheck.normalize;

/**
 * A place the articles put inside a country ("in Lyon, France"), as claims display them.
 *
 * @param place   the smaller place
 * @param country the country it lies in
 */
public record Within(String place, String country) {}
