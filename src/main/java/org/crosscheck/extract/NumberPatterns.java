package org.crosscheck.extract;

import java.util.regex.Pattern;

/** The regular expressions that find rates, counts, ordinals and quantities with units in a sentence. */
final class NumberPatterns {

    static final String HEDGE = "(?<hedge>(?:about|around|roughly|approximately|approx\\.|nearly|almost|some|close to|"
            + "up to|more than|over|at least|less than|fewer than|under|as much as|as many as|as high as|just over|"
            + "just under|no fewer than|no more than|an estimated|estimated|upwards of|in excess of|below|above)\\s+)?";
    private static final String NUMBER = "(?<num>\\d{1,3}(?:,\\d{3})++(?:\\.\\d++)?|\\d++(?:\\.\\d++)?|" + NumberWords.CARDINAL_REGEX + ")";
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    static final Pattern RATE = Pattern.compile("(?<![\\w.,$€£-])" + HEDGE + NUMBER
            + "(?:\\s*%|\\s?(?:per\\s?cent|percent|pc)\\b)(?<points>\\s*points?)?", FLAGS);
    static final Pattern DIGIT_BAND = Pattern.compile(
            "\\b(?<band>single|double|triple|quadruple)[-\\s]digits?\\s+(?<noun>rates?|levels?|tariffs?|growth|inflation|"
            + "increases?|hikes?|gains?|losses|declines?|percentages?)\\b", FLAGS);
    static final Pattern COUNT = Pattern.compile("(?<![\\w.,$€£/:-])" + HEDGE + NUMBER
            + "\\s+(?:(?<previous>previous|prior|earlier|past)\\s+)?(?<adj>(?:[a-z]+-)?[a-z]+\\s+)??"
            + "(?<noun>[a-z]+s|people|children|men|women|police|staff|personnel|crew)\\b(?![-'’]\\w)", FLAGS);
    static final Pattern ORDINAL = Pattern.compile("(?<![\\w-])(?<ord>" + NumberWords.ORDINAL_REGEX
            + ")(?<sep>[-\\s])(?:(?<adj>straight|consecutive|successive|annual|round of|such)\\s+)?(?<noun>[a-z]+)\\b", FLAGS);
    static final Pattern MAGNITUDE = Pattern.compile(
            "(?:\\bmagnitude[-\\s](?:of\\s)?(?<a>\\d++(?:\\.\\d++)?)|(?<![\\d.])(?<b>\\d++(?:\\.\\d++)?)[-\\s]magnitude)\\b", FLAGS);
    static final Pattern DISTANCE = Pattern.compile("(?<![\\w.,])" + HEDGE
            + "(?<num>\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?)\\s?-?\\s?(?<unit>km|kilometres?|kilometers?|miles?|metres?|meters?|feet|ft)\\b", FLAGS);
    static final Pattern MONEY = Pattern.compile("(?<![\\w.,])" + HEDGE
            + "(?:(?<cur>US\\$|\\$|€|£|¥|₹|Rs\\.?\\s?)\\s?(?<num>\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)"
            + "(?:\\s?(?<mult>million|billion|trillion|bn|mn|m|k)\\b)?"
            + "|(?<num2>\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)\\s?(?<mult2>million|billion|trillion)?\\s"
            + "(?<cur2>dollars|euros|pounds sterling|yuan|yen|rupees|rand|naira)\\b)"
            + "(?<per>\\s+(?:a|an|per|each)\\s+(?<unit>share|day|week|month|year|hour|barrel|gallon|litre|liter|ton|tonne|kilo|kilogram|pound|person|head|ticket|unit|dose))?", FLAGS);
    static final Pattern MINUTE = Pattern.compile("\\b(?<num>\\d{1,3})(?:st|nd|rd|th)[-\\s]minute\\b", FLAGS);
    static final Pattern AGE = Pattern.compile("\\b(?:(?<num>\\d{1,3})-year-old|aged\\s(?<num2>\\d{1,3}))\\b", FLAGS);
    static final Pattern TEMPERATURE = Pattern.compile(
            "(?<![\\d.])(?<num>-?\\d++(?:\\.\\d++)?)\\s?(?:°\\s?|degrees?\\s)(?<unit>C|F|Celsius|Fahrenheit)\\b", FLAGS);

    static final Pattern TOLL = Pattern.compile("\\b(?:death|casualty|fatality)\\s+toll\\b[^.;]{0,80}?"
            + "\\b(?<link>(?:(?:rose|risen|climbed|jumped|reached|stood|stands|now)\\s+)?(?:to|at|of|reached|hit|is|was))\\s+"
            + HEDGE + "(?<num>\\d{1,3}(?:,\\d{3})+|\\d+)\\b", FLAGS);

    /** "120 of the 200 seats": the part is the count; the whole is what it is counted against. */
    static final Pattern PART_OF = Pattern.compile("(?<![\\w.,$€£/:-])" + HEDGE
            + "(?<num>\\d{1,3}(?:,\\d{3})+|\\d+|" + NumberWords.CARDINAL_REGEX + ")\\s+of\\s+(?:the|its|their|all)\\s+"
            + "(?<total>\\d{1,3}(?:,\\d{3})+|\\d+|" + NumberWords.CARDINAL_REGEX + ")\\s+(?<noun>[a-z]+s|people)\\b", FLAGS);

    /** "killed 12", "injuring at least 30": an outcome verb and a bare number. */
    static final Pattern VERB_COUNT = Pattern.compile("\\b(?<verb>killed|killing|kills|injured|injuring|injures|wounded|wounding|"
            + "arrested|arresting|evacuated|evacuating|rescued|rescuing|displaced|displacing)\\s+" + HEDGE
            + "(?<num>\\d{1,3}(?:,\\d{3})+|\\d+|" + NumberWords.CARDINAL_REGEX + ")\\b"
            + "(?!\\s*(?:%|per\\b|percent|years?\\b|days?\\b|weeks?\\b|months?\\b|hours?\\b|minutes?\\b|km\\b|miles?\\b|times\\b))", FLAGS);
    /** "12 dead", "leaving 14 dead", "30 were injured": a number and an outcome. */
    static final Pattern COUNT_OUTCOME = Pattern.compile("(?<![\\w.,$€£/:-])" + HEDGE
            + "(?<num>\\d{1,3}(?:,\\d{3})+|\\d+|" + NumberWords.CARDINAL_REGEX + ")\\s+(?:(?:were|was|are|have been|had been)\\s+)?"
            + "(?<out>dead|killed|injured|wounded|hurt|missing|arrested|detained|evacuated)\\b", FLAGS);

    private NumberPatterns() {}
}
