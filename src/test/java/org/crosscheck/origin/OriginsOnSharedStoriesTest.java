package org.crosscheck.origin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.crosscheck.ingest.Article;
import org.crosscheck.ingest.CorpusReader;
import org.junit.jupiter.api.Test;

/**
 * Origins measured on the development stories and the seed story, against a plain reading of each article made
 * here independently of the detector: an article whose manifest source or text names another article's outlet is
 * based on it and must be grouped with it; two articles joined must share an eight-word passage or one must credit
 * the other (by name or as "the wire"). The figures are printed for the README.
 */
class OriginsOnSharedStoriesTest {

    private static final Path SHARED = Path.of("../shared");
    private static final Pattern PHOTO = Pattern.compile("(?i)\\b(?:photo|image|picture|credit)s?\\b");
    /** Words that credit the story to the outlet named after them, or (a dateline) around it. */
    private static final Pattern STORY_BEFORE = Pattern.compile(
            "(?i)(?:reporting from|reporting by|inputs from|compiled from|adapted from|carried by|via|reports? \\()[^.;:]{0,25}$");
    private static final Pattern DATELINE_AFTER = Pattern.compile("^\\)\\s*[-—–]");
    /** Words that credit a fact, which reporters write of officials too: a story credit only for a news service. */
    private static final Pattern FACT_BEFORE = Pattern.compile("(?i)(?:according to|citing)\\s+(?:the\\s+|an?\\s+)?$");
    private static final Pattern FACT_AFTER = Pattern.compile("(?i)^\\s*(?:reported|reports|said in a report)");
    private static final Pattern WIRE_CREDIT = Pattern.compile(
            "(?i)(?:according to|citing|inputs|reporting from|reports? from|based on)[^.;]{0,25}\\b(?:wires?|agenc(?:y|ies))\\b");

    @Test
    void articlesNamingAnotherOutletsStoryAreGroupedWithItAndNoneWithoutSharedTextOrCredit() throws Exception {
        assumeTrue(Files.isDirectory(SHARED.resolve("devset")), "the shared stories are not beside the repo (../shared)");
        List<Path> stories = new ArrayList<>();
        try (Stream<Path> s = Files.list(SHARED.resolve("devset"))) {
            s.filter(p -> Files.isRegularFile(p.resolve("manifest.json"))).sorted().forEach(stories::add);
        }
        if (Files.isRegularFile(SHARED.resolve("seeds/manifest.json"))) {
            stories.add(SHARED.resolve("seeds"));
        }
        int expected = 0;
        int found = 0;
        int joined = 0;
        int wrong = 0;
        int shared = 0;
        List<String> lines = new ArrayList<>();
        for (Path story : stories) {
            List<Article> articles = new CorpusReader().read(List.of(story)).articles();
            Origins origins = new OriginDetector().detect(articles);
            for (Article a : articles) {
                Set<String> outlets = new java.util.TreeSet<>();
                for (Article b : articles) {
                    if (a != b && basedOn(a, b)) {
                        outlets.add(OutletNames.outlet(b.source()));
                    }
                }
                for (String outlet : outlets) {
                    // one of the outlet's articles is the basis: with several (a wire's story and its follow-up), either will do
                    expected++;
                    boolean together = articles.stream().anyMatch(b -> OutletNames.outlet(b.source()).equals(outlet)
                            && origins.originOf(a.id()).equals(origins.originOf(b.id())));
                    found += together ? 1 : 0;
                    lines.add((together ? "  found   " : "  MISSED  ") + story.getFileName() + ": " + a.file() + " credits " + outlet);
                }
            }
            for (Origin o : origins.origins()) {
                shared += o.shared() ? 1 : 0;
                for (OriginLink l : o.links()) {
                    joined++;
                    Article a = article(articles, l.article());
                    Article b = article(articles, l.basis());
                    boolean backed = sharePassage(a, b) || basedOn(a, b) || basedOn(b, a) || wireCredit(a, b) || wireCredit(b, a);
                    wrong += backed ? 0 : 1;
                    lines.add((backed ? "  joined  " : "  WRONG   ") + story.getFileName() + ": " + a.file() + " with " + b.file()
                            + " (origin " + o.source() + "; " + l.describe() + ")");
                }
            }
        }
        lines.forEach(System.out::println);
        System.out.printf(Locale.ROOT, "origins on %d stories: %d of %d articles naming another's story grouped with it; %d joins, %d without "
                + "shared text or credit; %d origins shared by more than one article%n", stories.size(), found, expected, joined, wrong, shared);
        assertThat(wrong).as("articles joined without shared text or credit").isZero();
        assertThat(found).as("articles naming another outlet's story grouped with it").isEqualTo(expected);
    }

    /** The manifest source, or a credit in the text (outside photo credits), names b's outlet in full or by its initials. */
    private static boolean basedOn(Article a, Article b) {
        String outlet = OutletNames.outlet(b.source());
        if (OutletNames.outlet(a.source()).equalsIgnoreCase(outlet)) {
            return false;
        }
        String name = outlet.replaceFirst("^(?i)the\\s+", "");
        StringBuilder initials = new StringBuilder();
        for (String w : name.split("[\\s-]+")) {
            if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
                initials.append(w.charAt(0));
            }
        }
        Set<Pattern> names = new HashSet<>();
        names.add(Pattern.compile("(?i)\\b" + Pattern.quote(name) + "\\b"));
        if (initials.length() >= 2 && name.contains(" ")) {
            names.add(Pattern.compile("\\b" + initials + "\\b"));
        }
        String hint = a.source().replace(OutletNames.outlet(a.source()), "");
        for (Pattern p : names) {
            if (p.matcher(hint).find()) {
                return true;
            }
            for (String line : a.text().split("\n")) {
                if (PHOTO.matcher(line).find()) {
                    continue;
                }
                java.util.regex.Matcher m = p.matcher(line);
                while (m.find()) {
                    String before = line.substring(Math.max(0, m.start() - 40), m.start());
                    String after = line.substring(m.end(), Math.min(line.length(), m.end() + 30));
                    boolean story = STORY_BEFORE.matcher(before).find() || (before.endsWith("(") && DATELINE_AFTER.matcher(after).find());
                    boolean fact = FACT_BEFORE.matcher(before).find() || FACT_AFTER.matcher(after).find();
                    if (story || (fact && OutletNames.isWire(b.source()))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** a credits "the wire" or "agency reports" and b is the story's wire. */
    private static boolean wireCredit(Article a, Article b) {
        return OutletNames.isWire(b.source()) && WIRE_CREDIT.matcher(a.text()).find();
    }

    /** At least one run of eight words in both, by brute force. */
    private static boolean sharePassage(Article a, Article b) {
        Set<String> theirs = new HashSet<>(grams(b.text()));
        return grams(a.text()).stream().anyMatch(theirs::contains);
    }

    private static List<String> grams(String text) {
        String[] w = text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+");
        List<String> out = new ArrayList<>();
        for (int i = 0; i + 8 <= w.length; i++) {
            out.add(String.join(" ", java.util.Arrays.copyOfRange(w, i, i + 8)));
        }
        return out;
    }

    private static Article article(List<Article> articles, String id) {
        return articles.stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow();
    }
}
