package org.crosscheck.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Writes a seeded, deterministic synthetic news corpus: many stories at once, each covered by 3-8 sources that
 * paraphrase the same facts, with planted discrepancies recorded in each story's gold.json.
 *
 * <p>Every story gets its own invented people, city, organisation and topic, so stories share no rare words and
 * must not align with each other; the facts are phrased in the forms the extractor supports, dated relative to
 * each source's own publication date.
 */
public final class CorpusGenerator {

    /** One generated article: its file name in the story folder, source, publication date and text. */
    public record Article(String file, String source, LocalDate published, String text) {}

    /** A gold quote: the file, the exact text and the value it states. */
    public record Quote(String file, String quote, String value) {}

    /** A gold group: discrepancy (D) or consistent paraphrases (K). */
    public record Group(String id, String event, String attribute, List<Quote> claims, String why) {}

    /** One generated story: its folder name, articles and gold groups. */
    public record Story(String folder, String title, List<Article> articles, List<Group> discrepancies, List<Group> consistent) {}

    /** What a generated corpus holds, for the benchmark's table. */
    public record Summary(int stories, int articles, long bytes, int discrepancies, int consistent) {}

    private static final String[] SYL1 = {"Bar", "Kel", "Mor", "Tan", "Vel", "Dra", "Sol", "Quin", "Fen", "Ros", "Hal", "Zor",
        "Lin", "Cor", "Pra", "Gal", "Nes", "Tor", "Wen", "Ish", "Ulm", "Ard", "Bex", "Cai", "Dov", "Eld", "Far", "Gir", "Hov", "Jas"};
    private static final String[] SYL2 = {"a", "e", "i", "o", "u", "ar", "en", "il", "or", "an", "es", "ul", "am", "ey", "io",
        "ra", "ve", "lo", "ni", "ta", "mi", "so", "de", "ka", "re", "pa", "ze", "gu", "ho", "wy"};
    private static final String[] SYL3 = {"dan", "vik", "ton", "mar", "sek", "lind", "grav", "holm", "ric", "vos", "nar", "beck",
        "dell", "ford", "gan", "wick", "ley", "ram", "stad", "mont", "ville", "burg", "port", "sen", "zan", "mir", "quist", "rud", "tal", "was"};
    private static final String[] FIRST = {"Anna", "Marco", "Leila", "Tomas", "Priya", "Daniel", "Sofia", "Kenji", "Amara", "Lucas",
        "Ingrid", "Omar", "Elena", "Rafael", "Mei", "Jonas", "Fatima", "Viktor", "Grace", "Hugo"};
    private static final String[] TOPICS = {"fisheries", "water-sharing", "rail freight", "grain export", "border trade",
        "energy transit", "pharmaceutical pricing", "mining royalty", "telecom licensing", "port access", "steel import",
        "textile quota", "airline route", "dairy tariff", "timber export", "fertiliser supply", "copper mining", "solar panel",
        "shipping lane", "vaccine procurement"};
    private static final String[] TOPIC_MODIFIERS = {"coastal", "northern", "cross-border", "municipal", "offshore", "regional",
        "rural", "upstream", "federal", "provincial", "highland", "inland", "seasonal", "strategic", "bilateral", "island",
        "metropolitan", "western", "eastern", "southern", "frontier", "delta", "lakeside", "valley", "mountain", "harbour",
        "suburban", "river", "desert", "arctic"};
    private static final String[] DISASTERS = {"flood", "landslide", "storm", "fire", "bridge collapse", "mine collapse",
        "ferry accident", "factory explosion", "cyclone", "wildfire", "mudslide", "train derailment", "building collapse",
        "gas explosion", "avalanche", "dam breach", "bus crash", "tornado", "stampede", "chemical spill"};
    private static final String[] TRUCES = {"truce", "ceasefire", "moratorium", "standstill agreement", "tariff pause",
        "trade truce", "price freeze", "suspension of levies"};
    private static final String[] OUTLETS = {"Wire", "Tribune", "Herald", "Daily", "Post", "Courier", "Observer", "Ledger",
        "Gazette", "Chronicle", "Dispatch", "Record"};
    private static final String[] ORDINALS = {"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
        "ninth", "tenth", "eleventh", "twelfth"};
    private static final String[] COUNT_WORDS = {"no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
        "ten", "eleven"};

    /** Bumped whenever the same seed gives different text, so cached corpora are never reused across versions. */
    public static final int VERSION = 2;

    private final long seed;

    public CorpusGenerator(long seed) {
        this.seed = seed;
    }

    /** An invented, capitalized word unique to {@code k} (below 27,000) within one {@code kind} of name. */
    static String unique(int k, int kind) {
        int a = Math.floorMod(k * 7 + kind * 11, SYL1.length);
        int b = Math.floorMod(k / SYL1.length + kind * 3, SYL2.length);
        int c = Math.floorMod(k / (SYL1.length * SYL2.length) + kind * 13, SYL3.length);
        return SYL1[a] + SYL2[b] + SYL3[c];
    }

    /** The stories needed for about {@code articles} articles, generated in order. */
    public List<Story> stories(int articles) {
        List<Story> out = new ArrayList<>();
        int total = 0;
        for (int s = 0; total < articles; s++) {
            Story story = story(s, articles - total);
            out.add(story);
            total += story.articles().size();
        }
        return out;
    }

    /** Writes the stories for about {@code articles} articles below {@code dir}, one folder per story. */
    public Summary write(Path dir, int articles) throws IOException {
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        Files.createDirectories(dir);
        int stories = 0;
        int written = 0;
        long bytes = 0;
        int d = 0;
        int k = 0;
        // one story at a time: the whole corpus is never held in memory
        for (int s = 0; written < articles; s++) {
            Story story = story(s, articles - written);
            Path folder = dir.resolve(story.folder());
            Files.createDirectories(folder);
            List<Map<String, Object>> manifest = new ArrayList<>();
            for (Article a : story.articles()) {
                byte[] text = a.text().getBytes(StandardCharsets.UTF_8);
                Files.write(folder.resolve(a.file()), text);
                bytes += text.length;
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("file", a.file());
                m.put("source", a.source());
                m.put("published", a.published().toString());
                manifest.add(m);
            }
            json.writeValue(folder.resolve("manifest.json").toFile(), Map.of("story", story.title(), "articles", manifest));
            Map<String, Object> gold = new LinkedHashMap<>();
            gold.put("discrepancies", story.discrepancies());
            gold.put("consistent", story.consistent());
            json.writeValue(folder.resolve("gold.json").toFile(), gold);
            stories++;
            written += story.articles().size();
            d += story.discrepancies().size();
            k += story.consistent().size();
        }
        return new Summary(stories, written, bytes, d, k);
    }

    /** The actors, place and topic of one story, all its own. */
    private record Cast(String lead, String leadSurname, String rival, String rivalSurname, String city, String org,
                        String topic, String disaster, String region, String truce) {}

    /** A fact of a story as one source states it: the sentence and the exact quote with its value. */
    private record Stated(String sentence, String quote, String value) {}

    /** Story {@code s}; never more sources than {@code room} allows beyond 3, so the corpus size is met closely. */
    public Story story(int s, int room) {
        Random r = new Random(seed * 1_000_003L + s);
        Cast cast = new Cast(FIRST[r.nextInt(FIRST.length)] + " " + unique(s, 0), unique(s, 0),
                FIRST[r.nextInt(FIRST.length)] + " " + unique(s, 1), unique(s, 1), unique(s, 2),
                unique(s, 3) + " " + (r.nextBoolean() ? "Council" : "Authority"),
                // a topic of its own: shared words such as "fisheries" recur across stories, the name does not
                unique(s, 6) + " " + TOPIC_MODIFIERS[s % TOPIC_MODIFIERS.length] + " " + TOPICS[r.nextInt(TOPICS.length)],
                unique(s, 7) + " " + DISASTERS[r.nextInt(DISASTERS.length)], unique(s, 4), TRUCES[r.nextInt(TRUCES.length)]);
        int sources = Math.max(3, Math.min(3 + r.nextInt(6), room));
        LocalDate base = LocalDate.of(2024, 1, 8).plusDays(r.nextInt(600));
        List<LocalDate> published = new ArrayList<>();
        List<String> outlets = new ArrayList<>();
        for (int i = 0; i < sources; i++) {
            published.add(base.plusDays(r.nextInt(4)));
            outlets.add(unique(s * 8 + i, 5) + " " + OUTLETS[r.nextInt(OUTLETS.length)]);
        }
        List<String> files = new ArrayList<>();
        for (int i = 0; i < sources; i++) {
            files.add(String.format(Locale.ROOT, "%03d_%s.txt", i, outlets.get(i).toLowerCase(Locale.ROOT).replace(' ', '-')));
        }
        List<List<String>> bodies = new ArrayList<>();
        for (int i = 0; i < sources; i++) {
            bodies.add(new ArrayList<>());
        }
        List<Group> discrepancies = new ArrayList<>();
        List<Group> consistent = new ArrayList<>();
        // the facts of this story: a random subset of at least three kinds, each possibly contradicted by a source
        List<Integer> kinds = new ArrayList<>(List.of(0, 1, 2, 3, 4, 5));
        Collections.shuffle(kinds, r);
        int facts = 3 + r.nextInt(3);
        // the start of talks is 4-9 days after the story's first day, so every source writes about a future day
        LocalDate start = base.plusDays(4 + r.nextInt(6));
        for (int f = 0; f < facts; f++) {
            int kind = kinds.get(f);
            boolean planted = r.nextDouble() < 0.5;
            int odd = planted ? r.nextInt(sources) : -1;
            List<Quote> quotes = new ArrayList<>();
            String event = "";
            String attribute = "";
            String why = "";
            for (int i = 0; i < sources; i++) {
                boolean wrong = i == odd;
                Stated st = switch (kind) {
                    case 0 -> {
                        event = cast.topic() + " talks in " + cast.city();
                        attribute = "start date";
                        why = "One source gives a different start day for the talks.";
                        yield startDate(r, cast, wrong ? start.plusDays(1 + r.nextInt(2)) : start, published.get(i));
                    }
                    case 1 -> {
                        event = cast.disaster() + " in " + cast.region();
                        attribute = "number of dead";
                        why = "One source gives a death toll outside the others' range.";
                        int dead = 12 + s % 40;
                        // the odd source gives an exact, lower toll: "at least 12" and "at least 30" do not contradict,
                        // and neither do "at least 12" and "killed 30"
                        yield deaths(r, cast, wrong ? dead - 4 - r.nextInt(6) : dead, wrong);
                    }
                    case 2 -> {
                        event = cast.org() + " " + cast.topic() + " levy";
                        attribute = "rate";
                        why = "One source gives a different levy rate.";
                        int rate = 10 + 5 * (s % 12);
                        yield rate(r, cast, wrong ? rate + 15 : rate);
                    }
                    case 3 -> {
                        event = cast.topic() + " " + cast.truce() + " between " + cast.leadSurname() + " and " + cast.rivalSurname();
                        attribute = "duration";
                        why = "One source gives a different length for the " + cast.truce() + ".";
                        int days = new int[] {30, 45, 60, 90, 120}[s % 5];
                        yield duration(r, cast, wrong ? days + 30 : days);
                    }
                    case 4 -> {
                        event = "round of " + cast.topic() + " talks";
                        attribute = "place in a series";
                        why = "One source numbers the round of talks differently.";
                        int n = 3 + s % 7;
                        yield ordinal(r, cast, wrong ? n + 2 : n);
                    }
                    default -> {
                        event = cast.org() + " " + cast.topic() + " fund";
                        attribute = "amount";
                        why = "One source gives a different size for the fund.";
                        int tenths = 12 + s % 80;
                        yield amount(r, cast, wrong ? tenths + 9 : tenths);
                    }
                };
                bodies.get(i).add(st.sentence());
                quotes.add(new Quote(files.get(i), st.quote(), st.value()));
            }
            String id = (planted ? "D" : "K") + ((planted ? discrepancies.size() : consistent.size()) + 1);
            Group g = new Group(id, event, attribute, quotes, planted ? why : "All sources agree, in different words.");
            (planted ? discrepancies : consistent).add(g);
        }
        List<Article> articles = new ArrayList<>();
        for (int i = 0; i < sources; i++) {
            List<String> body = bodies.get(i);
            // filler paraphrases carry no figures; order and wording differ between sources
            body.addAll(filler(r, cast, 3 + r.nextInt(5)));
            Collections.shuffle(body, r);
            body.add(0, lead(r, cast));
            StringBuilder text = new StringBuilder();
            for (int p = 0; p < body.size(); p++) {
                text.append(body.get(p)).append(p % 2 == 1 || p == body.size() - 1 ? "\n" : " ");
            }
            articles.add(new Article(files.get(i), outlets.get(i), published.get(i), text.toString()));
        }
        String folder = String.format(Locale.ROOT, "story-%05d", s);
        return new Story(folder, cast.topic() + " dispute between " + cast.leadSurname() + " and " + cast.rivalSurname(),
                articles, discrepancies, consistent);
    }

    private static String pick(Random r, String... options) {
        return options[r.nextInt(options.length)];
    }

    private static String lead(Random r, Cast c) {
        return pick(r,
                c.lead() + " and " + c.rival() + " are under pressure to settle the " + c.topic() + " dispute that has strained ties with " + c.region() + ".",
                "Officials from " + c.city() + " and " + c.region() + " are preparing for another attempt to end the " + c.topic() + " dispute.",
                "The long-running " + c.topic() + " dispute involving " + c.lead() + " and " + c.rival() + " is heading for a decisive phase.",
                "Negotiators close to " + c.lead() + " say the " + c.topic() + " row with " + c.region() + " can still be settled.");
    }

    private static List<String> filler(Random r, Cast c, int n) {
        String[] all = {
            c.rival() + " has accused the " + c.org() + " of dragging its feet over the " + c.topic() + " file.",
            "Business groups in " + c.city() + " have urged both sides to avoid further escalation.",
            "Analysts say a deal would ease pressure on exporters across " + c.region() + ".",
            "Critics of " + c.leadSurname() + " argue the government conceded too much in earlier rounds.",
            "The " + c.org() + " declined to comment on the details of the draft agreement.",
            "Diplomats said the mood in " + c.city() + " had improved in recent weeks.",
            "Opposition lawmakers in " + c.region() + " have demanded a public debate before any agreement is signed.",
            c.rivalSurname() + " told reporters that his delegation was ready to compromise on the " + c.topic() + " rules.",
            "Several trade associations warned that uncertainty was already hurting investment.",
            "Observers expect the outcome to shape relations between " + c.city() + " and " + c.region() + " for years.",
            "Local residents have staged protests outside the offices of the " + c.org() + ".",
            "A spokesperson for " + c.lead() + " said the talks would be held in good faith.",
        };
        List<String> list = new ArrayList<>(List.of(all));
        Collections.shuffle(list, r);
        return list.subList(0, Math.min(n, list.size()));
    }

    /**
     * Wraps a quote into a sentence with one of many openings and endings, most naming the story's own people
     * and places: sources paraphrase, and two stories rarely share a whole sentence frame.
     */
    private static String frame(Random r, Cast c, String quote) {
        String open = pick(r, "", "", "Officials said ", c.lead() + " confirmed that ", "According to the " + c.org() + ", ",
                "Sources close to " + c.rivalSurname() + " said ", "In " + c.city() + ", officials said ",
                "A statement from the " + c.org() + " said ", "Aides to " + c.leadSurname() + " said ");
        String end = pick(r, ".", ".", ", with " + c.lead() + " leading the delegation.", " between " + c.leadSurname() + " and "
                + c.rivalSurname() + ".", ", " + c.rival() + " told reporters.", ", in a move welcomed by exporters in " + c.region() + ".",
                " after weeks of pressure from business groups in " + c.region() + ".", ", a spokesperson for the " + c.org() + " said.",
                ", " + c.leadSurname() + "'s office said.", " despite objections from " + c.rivalSurname() + "'s allies.");
        String body = open.isEmpty() ? Character.toUpperCase(quote.charAt(0)) + quote.substring(1) : quote;
        return open + body + end;
    }

    /** Half the time, the sentence as it stands; else inside another source's frame. */
    private static String reframe(Random r, Cast c, String sentence) {
        if (r.nextBoolean()) {
            return sentence;
        }
        String body = sentence.substring(0, sentence.length() - 1);
        if (!body.startsWith("The ")) {
            // no opening before a sentence that starts with a name or a clause of its own ("Officials said")
            String framed = frame(r, c, body);
            return body + framed.substring(framed.indexOf(body) + body.length());
        }
        return frame(r, c, "the " + body.substring(4));
    }

    private static String weekday(LocalDate d) {
        return d.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }

    private static String monthDay(LocalDate d) {
        return d.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + d.getDayOfMonth();
    }

    /** The start of the talks, as a weekday when it is within the coming week of the source's date, else a calendar date. */
    private static Stated startDate(Random r, Cast c, LocalDate day, LocalDate published) {
        long ahead = day.toEpochDay() - published.toEpochDay();
        String when;
        int form = r.nextInt(4);
        if (ahead >= 1 && ahead <= 6 && day.getDayOfWeek() != DayOfWeek.SUNDAY && form < 2) {
            when = (form == 0 ? "on " : "this ") + weekday(day);
        } else if (form == 3 && day.getDayOfMonth() <= 25 && day.getMonth() == day.plusDays(3).getMonth()) {
            LocalDate end = day.plusDays(3);
            when = "from " + monthDay(day) + " to " + end.getDayOfMonth();
        } else {
            when = "on " + monthDay(day);
        }
        String verb = pick(r, "are due to start", "will begin", "are scheduled to begin", "will resume");
        String quote = c.topic() + " talks " + verb + " in " + c.city() + " " + when;
        return new Stated(frame(r, c, pick(r, "the ", "the long-delayed ", "the next round of ") + quote), quote, day.toString());
    }

    private static Stated deaths(Random r, Cast c, int dead, boolean exact) {
        String quote = switch (exact ? 1 + r.nextInt(3) : r.nextInt(4)) {
            case 0 -> "at least " + dead + " people were killed";
            case 1 -> "killed " + dead + " people";
            case 2 -> "left " + dead + " dead";
            default -> "the death toll from the " + c.disaster() + " rose to " + dead;
        };
        String sentence = switch (r.nextInt(2)) {
            case 0 -> "Officials in " + c.region() + " said " + quote + " when the " + c.disaster() + " struck the outskirts of " + c.city() + ".";
            default -> "Rescue workers in " + c.region() + " said " + quote + " in the " + c.disaster() + " near " + c.city() + ".";
        };
        if (quote.startsWith("killed") || quote.startsWith("left")) {
            sentence = "The " + c.disaster() + " in " + c.region() + " " + quote + " near " + c.city() + ", rescue workers said.";
        } else if (quote.startsWith("the death toll")) {
            sentence = pick(r, "Officials in " + c.region() + " said " + quote + " on the outskirts of " + c.city() + ".",
                    "Emergency services in " + c.city() + " said " + quote + " as the search went on.");
        }
        return new Stated(reframe(r, c, sentence), quote, Integer.toString(dead));
    }

    private static Stated rate(Random r, Cast c, int rate) {
        String figure = switch (r.nextInt(3)) {
            case 0 -> rate + "%";
            case 1 -> rate + " per cent";
            default -> rate + " percent";
        };
        String quote = pick(r, "a " + figure + " " + c.topic() + " levy", "the " + c.topic() + " levy to " + figure);
        String sentence = quote.startsWith("a ")
                ? "The " + c.org() + " has threatened " + quote + " on goods from " + c.region() + "."
                : c.lead() + " said the " + c.org() + " would raise " + quote + " on goods from " + c.region() + ".";
        return new Stated(reframe(r, c, sentence), quote, Integer.toString(rate));
    }

    private static Stated duration(Random r, Cast c, int days) {
        String truce = c.truce();
        String quote = pick(r, "a " + days + "-day " + truce, "a " + truce + " of " + days + " days");
        String sentence = pick(r,
                "Earlier negotiations between " + c.leadSurname() + " and " + c.rivalSurname() + " led to " + quote + " on " + c.topic() + ".",
                c.rival() + " and " + c.lead() + " agreed " + quote + " in the " + c.topic() + " dispute.");
        return new Stated(reframe(r, c, sentence), quote, "P" + days + "D");
    }

    private static Stated ordinal(Random r, Cast c, int n) {
        String quote = r.nextBoolean() || n - 1 >= COUNT_WORDS.length
                ? "the " + ORDINALS[n - 1] + " round of " + c.topic() + " talks"
                : COUNT_WORDS[n - 1] + " previous rounds of " + c.topic() + " talks";
        String sentence = quote.startsWith("the ")
                ? "The meeting in " + c.city() + " will be " + quote + " between " + c.leadSurname() + " and " + c.rivalSurname() + "."
                : c.leadSurname() + " and " + c.rivalSurname() + " have held " + quote + " in " + c.city() + " without a deal.";
        return new Stated(reframe(r, c, sentence), quote, Integer.toString(n));
    }

    private static Stated amount(Random r, Cast c, int tenths) {
        String billions = tenths % 10 == 0 ? Integer.toString(tenths / 10) : (tenths / 10) + "." + (tenths % 10);
        String quote = pick(r, "a $" + billions + " billion " + c.topic() + " fund", "$" + billions + " billion for the " + c.topic() + " fund");
        String sentence = quote.startsWith("a ")
                ? "The " + c.org() + " proposed " + quote + " to compensate firms in " + c.region() + "."
                : c.lead() + " pledged " + quote + " set up by the " + c.org() + ".";
        return new Stated(reframe(r, c, sentence), quote, billions + "e9 USD");
    }
}
