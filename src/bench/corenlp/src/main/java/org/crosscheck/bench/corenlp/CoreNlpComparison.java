package org.crosscheck.bench.corenlp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.util.CoreMap;
import org.crosscheck.extract.time.TemporalTagger;
import org.crosscheck.extract.time.Timex;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;

/** Compares crosscheck's temporal tagger with Stanford CoreNLP (SUTime) on a generated corpus. */
public final class CoreNlpComparison {

    private static final Set<String> TEMPORAL = Set.of("DATE", "TIME", "DURATION");
    private static final int EXAMPLES = Integer.getInteger("examples", 12);

    /** One article of the corpus with its publication date. */
    record Article(String name, String text, LocalDate published) {}

    /** A temporal expression from either tool, reduced to what both have in common. */
    record Mention(int start, int end, String text, String type, String value) {
        boolean overlaps(Mention o) {
            return start < o.end && o.start < end;
        }
    }

    /** Counts and timing for one tool. */
    record Run(String tool, long words, double loadSeconds, double seconds, List<List<Mention>> mentions) {
        long count() {
            return mentions.stream().mapToLong(List::size).sum();
        }
    }

    private CoreNlpComparison() {}

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: CoreNlpComparison <corpus-dir> [max-articles=300]");
            System.exit(2);
        }
        List<Article> articles = load(Path.of(args[0]), args.length > 1 ? Integer.parseInt(args[1]) : 300);
        long words = articles.stream().mapToLong(a -> a.text().split("\\s+").length).sum();
        System.out.printf("corpus %s: %d articles, %d words%n%n", args[0], articles.size(), words);

        Run corenlp = runCoreNlp(articles, words);
        Run crosscheck = runCrosscheck(articles, words);
        printTable(articles, corenlp, crosscheck);
    }

    static List<Article> load(Path corpus, int max) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<Article> out = new ArrayList<>();
        List<Path> stories;
        try (Stream<Path> s = Files.list(corpus)) {
            stories = s.filter(p -> Files.isRegularFile(p.resolve("manifest.json"))).sorted().toList();
        }
        for (Path story : stories) {
            for (JsonNode a : json.readTree(story.resolve("manifest.json").toFile()).path("articles")) {
                if (out.size() >= max) {
                    return out;
                }
                String file = a.path("file").asText();
                LocalDate published = LocalDate.parse(a.path("published").asText().substring(0, 10));
                out.add(new Article(story.getFileName() + "/" + file, Files.readString(story.resolve(file)), published));
            }
        }
        return out;
    }

    static Run runCoreNlp(List<Article> articles, long words) {
        Properties props = new Properties();
        props.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
        props.setProperty("ner.applyFineGrained", "false");
        long t0 = System.nanoTime();
        StanfordCoreNLP pipeline = new StanfordCoreNLP(props);
        double load = (System.nanoTime() - t0) / 1e9;

        List<List<Mention>> all = new ArrayList<>();
        long t1 = System.nanoTime();
        for (Article article : articles) {
            Annotation doc = new Annotation(article.text());
            doc.set(CoreAnnotations.DocDateAnnotation.class, article.published().toString());
            pipeline.annotate(doc);
            List<Mention> found = new ArrayList<>();
            for (CoreMap m : doc.get(CoreAnnotations.MentionsAnnotation.class)) {
                String type = m.get(CoreAnnotations.NamedEntityTagAnnotation.class);
                if (!TEMPORAL.contains(type)) {
                    continue;
                }
                edu.stanford.nlp.time.Timex timex = m.get(TimeAnnotations.TimexAnnotation.class);
                String value = timex != null && timex.value() != null ? timex.value()
                        : m.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class);
                found.add(new Mention(m.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class),
                        m.get(CoreAnnotations.CharacterOffsetEndAnnotation.class),
                        m.get(CoreAnnotations.TextAnnotation.class), type, value));
            }
            all.add(found);
        }
        return new Run("CoreNLP 4.5.10", words, load, (System.nanoTime() - t1) / 1e9, all);
    }

    static Run runCrosscheck(List<Article> articles, long words) {
        long t0 = System.nanoTime();
        TemporalTagger tagger = new TemporalTagger();
        double load = (System.nanoTime() - t0) / 1e9;
        List<List<Mention>> all = new ArrayList<>();
        long t1 = System.nanoTime();
        for (Article article : articles) {
            List<Mention> found = new ArrayList<>();
            for (Timex t : tagger.tag(article.text(), article.published())) {
                found.add(new Mention(t.start(), t.end(), t.text(), t.type().name(), t.value()));
            }
            all.add(found);
        }
        return new Run("crosscheck", words, load, (System.nanoTime() - t1) / 1e9, all);
    }

    static void printTable(List<Article> articles, Run a, Run b) {
        long pairs = 0;
        long same = 0;
        long onlyA = 0;
        long onlyB = 0;
        List<String> differ = new ArrayList<>();
        List<String> missedByB = new ArrayList<>();
        List<String> missedByA = new ArrayList<>();
        for (int i = 0; i < articles.size(); i++) {
            List<Mention> as = a.mentions().get(i);
            List<Mention> bs = b.mentions().get(i);
            boolean[] bMatched = new boolean[bs.size()];
            for (Mention x : as) {
                int best = -1;
                for (int j = 0; j < bs.size(); j++) {
                    if (!bMatched[j] && x.overlaps(bs.get(j))) {
                        best = j;
                        break;
                    }
                }
                if (best < 0) {
                    onlyA++;
                    missedByB.add(String.format("%s \"%s\" %s=%s%n      ...%s...", articles.get(i).name(),
                            x.text(), x.type(), x.value(), context(articles.get(i).text(), x)));
                    continue;
                }
                bMatched[best] = true;
                Mention y = bs.get(best);
                pairs++;
                if (x.value() != null && x.value().equals(y.value())) {
                    same++;
                } else {
                    differ.add(String.format("%s (published %s): CoreNLP \"%s\" %s=%s | crosscheck \"%s\" %s=%s%n      ...%s...",
                            articles.get(i).name(), articles.get(i).published(), x.text(), x.type(), x.value(),
                            y.text(), y.type(), y.value(), context(articles.get(i).text(), x)));
                }
            }
            for (int j = 0; j < bs.size(); j++) {
                if (!bMatched[j]) {
                    onlyB++;
                    Mention y = bs.get(j);
                    missedByA.add(String.format("%s \"%s\" %s=%s%n      ...%s...", articles.get(i).name(),
                            y.text(), y.type(), y.value(), context(articles.get(i).text(), y)));
                }
            }
        }

        String row = "| %-16s | %9s | %9s | %9s | %11s | %9s | %14s |%n";
        System.out.printf(row, "tool", "words", "load s", "tag s", "words/s", "timexes", "not in other");
        System.out.printf(row, "-".repeat(16), "-".repeat(9), "-".repeat(9), "-".repeat(9), "-".repeat(11),
                "-".repeat(9), "-".repeat(14));
        for (Run r : List.of(a, b)) {
            System.out.printf(row, r.tool(), r.words(), String.format("%.2f", r.loadSeconds()),
                    String.format("%.2f", r.seconds()), String.format("%.0f", r.words() / r.seconds()),
                    r.count(), r == a ? onlyA : onlyB);
        }
        System.out.printf("%nOverlapping pairs: %d; identical normalized value: %d (%.1f%%)%n",
                pairs, same, pairs == 0 ? 0.0 : 100.0 * same / pairs);
        printExamples("Value disagreements on overlapping spans", differ);
        printExamples("Found by CoreNLP only", missedByB);
        printExamples("Found by crosscheck only", missedByA);
    }

    private static String context(String text, Mention m) {
        return text.substring(Math.max(0, m.start() - 60), Math.min(text.length(), m.end() + 30))
                .replaceAll("\\s+", " ");
    }

    /** Prints an evenly spaced sample, so the examples are not all from the first stories. */
    private static void printExamples(String title, List<String> examples) {
        int n = Math.min(EXAMPLES, examples.size());
        System.out.printf("%n%s (%d of %d):%n", title, n, examples.size());
        for (int k = 0; k < n; k++) {
            System.out.println("  " + examples.get(k * examples.size() / n));
        }
    }
}
