package org.crosscheck.extract.recognize;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crosscheck.extract.Bound;
import org.crosscheck.extract.ClaimKind;
import org.crosscheck.extract.Lexicon;
import org.crosscheck.extract.NumberWords;
import org.crosscheck.extract.Recognizer;
import org.crosscheck.extract.RecognizerExample;
import org.crosscheck.extract.Role;
import org.crosscheck.extract.SentenceText;
import org.crosscheck.extract.StartGate;
import org.crosscheck.extract.Token;

/**
 * How many, and which one of a series: "57 seats", "318 million voters", "a majority of 86", "a 63-seat majority",
 * "a 32-member alliance", "Greens 57" in a results list, "killed 12", "12 dead", "the death toll rose to 27",
 * "120 of the 200 seats", "251 fewer", "the fifth meeting", "the 75-th anniversary", "four previous meetings" (so this
 * is the fifth).
 */
public final class CountRecognizer implements Recognizer {

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final String HEDGE = "(?<hedge>(?:" + org.crosscheck.extract.Alternatives.grouped("about|around|roughly|approximately|approx\\.|nearly|almost|some|close to|"
            + "up to|more than|over|at least|less than|fewer than|under|as much as|as many as|as high as|just over|"
            + "just under|no fewer than|no more than|an estimated|estimated|upwards of|in excess of|below|above|only") + ")\\s+)?";
    /** Digits grouped by thousands ("12,000"), the Indian way ("1,52,513"), plain, or a number in words. */
    private static final String NUMBER = "(?<num>\\d{1,2}(?:,\\d{2})+,\\d{3}|\\d{1,3}(?:,\\d{3})++(?:\\.\\d++)?|\\d++(?:\\.\\d++)?|" + NumberWords.CARDINAL_REGEX + ")";
    private static final String MULT = "(?:\\s(?<mult>thousand|million|billion|lakh|crore))?";

    private static final Pattern COUNT = StartGate.compile("(?<![\\w.,$€£/:-])" + HEDGE + NUMBER + MULT + "(?<plus>\\+)?"
            + "\\s+(?:(?<previous>previous|prior|earlier|past|unsuccessful|failed)\\s+)?(?<adj>(?:(?:[\\p{L}]+-){0,2}[\\p{L}]+\\s+){0,3}?)"
            + "(?<noun>[a-z]+s|people|children|men|women|police|staff|personnel|crew|aircraft)\\b(?![-'’]\\w)", FLAGS);
    /** "a 63-seat majority", "the 650-seat House", "a 32-member alliance". */
    private static final Pattern COMPOUND = StartGate.compile("(?<![\\w.,$€£/:-])" + HEDGE + "(?<num>\\d{1,3}(?:,\\d{3})*|\\d+|"
            + NumberWords.CARDINAL_REGEX + ")-(?<noun>seat|member|nation|country|strong|person|man|woman|vote|run|game|match|"
            + "point|goal|storey|story|car|bed|room|page|count|candidate|party|state|team)\\b(?!-)", FLAGS);
    /** "a majority of 86", "majority at 86", "a total of 145", "the tally stood at 96". */
    private static final Pattern NOUN_OF = StartGate.compile("\\b(?<noun>" + org.crosscheck.extract.Alternatives.grouped("majority|margin|lead|total|tally|haul|count|toll|gap|turnout|"
            + "deficit|surplus|field|squad|crew|complement|attendance|crowd|audience|electorate|mark|threshold|target|tally") + ")\\s+(?:(?:was|is|of|at|stood at|stands at|"
            + "rose to|fell to|reached|climbed to|dropped to|to|hit|now at|of about|of around|of some|of just over|of more than)\\s+)"
            + HEDGE + "(?<num>\\d{1,3}(?:,\\d{3})++|\\d++|" + NumberWords.CARDINAL_REGEX + ")\\b(?![.,]\\d)(?!\\s*(?:%|per\\b|percent|years?|days?|"
            + "hours?|minutes?|seconds?|km|miles?|metres?|meters?|feet|points?|bps|basis))", FLAGS);
    /** "Greens 57", "Conservatives: 44", "• Liberal Democrats 19" in a list of results. */
    private static final Pattern LABEL = StartGate.compile("(?m)(?:^|(?<=[;,•|:]\\s?)|(?<=\\u2014\\s)|(?<=-\\s)"
            // "it forecast Labour 410 and the Conservatives 131": a projection names its contenders the same way
            + "|(?<=\\b(?:forecast|forecasts|projected|projects|predicted|predicts|gave|gives|giving|showed|shows|showing)\\s))\\s*(?<label>\\p{Lu}[\\p{L}’'.-]*(?:\\s+\\p{Lu}[\\p{L}’'.-]*){0,3})"
            + ":?\\s+(?<num>\\d{1,3}(?:,\\d{3})*|\\d+)(?![\\d.,:]\\d)(?=\\s*(?:[,;.)]|$|\\(|\\s+(?:and|seats?|votes?)\\b))");
    private static final Pattern ORDINAL = StartGate.compile("(?<![\\w-])(?<ord>" + NumberWords.ORDINAL_REGEX + "|\\d+-(?:st|nd|rd|th))"
            + "(?<sep>[-\\s])(?:(?<adj>straight|consecutive|successive|annual|round of|such|[a-z]{3,}ed)\\s+)?(?<noun>[a-z]+)\\b", FLAGS);
    private static final Pattern TOLL = StartGate.compile("\\b(?:death|casualty|fatality)\\s+toll\\b[^.;]{0,80}?"
            + "\\b(?<link>(?:(?:rose|risen|climbed|jumped|reached|stood|stands|now)\\s+)?(?:to|at|of|reached|hit|is|was))\\s+"
            + HEDGE + "(?<num>\\d{1,3}(?:,\\d{3})+|\\d+)\\b", FLAGS);
    /** "120 of the 200 seats": the part is the count; the whole is what it is counted against. */
    private static final Pattern PART_OF = StartGate.compile("(?<![\\w.,$€£/:-])" + HEDGE
            + "(?<num>\\d{1,3}(?:,\\d{3})+|\\d+|" + NumberWords.CARDINAL_REGEX + ")\\s+of\\s+(?:the|its|their|all)\\s+"
            + "(?<total>\\d{1,3}(?:,\\d{3})+|\\d+|" + NumberWords.CARDINAL_REGEX + ")\\s+(?:[\\p{L}-]+\\s+){0,3}?(?<noun>[a-z]+s|people|men|women|crew)\\b", FLAGS);
    /** "killed 12", "injuring at least 30": an outcome verb and a bare number. */
    private static final Pattern VERB_COUNT = StartGate.compile("\\b(?<verb>" + org.crosscheck.extract.Alternatives.grouped("killed|killing|kills|injured|injuring|injures|wounded|wounding|"
            + "arrested|arresting|evacuated|evacuating|rescued|rescuing|displaced|displacing") + ")\\s+" + HEDGE
            + "(?<num>\\d{1,3}(?:,\\d{3})+|\\d+|" + NumberWords.CARDINAL_REGEX + ")\\b"
            + "(?!\\s*(?:%|per\\b|percent|years?\\b|days?\\b|weeks?\\b|months?\\b|hours?\\b|minutes?\\b|km\\b|miles?\\b|times\\b))", FLAGS);
    /** "12 dead", "leaving 14 dead", "30 were injured", "all ten who perished", "three of them drowned": a number and an outcome ("ten others" is no total). */
    private static final Pattern COUNT_OUTCOME = StartGate.compile("(?<![\\w.,$€£/:-])" + HEDGE
            + "(?<num>\\d{1,3}(?:,\\d{3})+|\\d+|" + NumberWords.CARDINAL_REGEX + ")\\s+(?:(?:of\\s+them|who)\\s+)?"
            + "(?:(?:were|was|are|have been|had been)\\s+)?"
            + "(?:(?:presumed|feared|believed|confirmed|reported|now)\\s+)?"
            + "(?<out>dead|killed|injured|wounded|hurt|missing|arrested|detained|evacuated|died|survived|perished|drowned)\\b", FLAGS);
    /** "181 on board", "the 12 aboard", "Persons on board: 181": the people a craft carried. */
    private static final Pattern ON_BOARD = StartGate.compile("(?<![\\w.,$€£/:-])" + HEDGE
            + "(?<num>\\d{1,3}(?:,\\d{3})+|\\d+|" + NumberWords.CARDINAL_REGEX + ")\\s+(?:(?:were|was)\\s+)?(?:on\\s+board|aboard|onboard)\\b(?!\\s*:)"
            + "|\\b(?:persons|people|passengers and crew|souls)\\s+(?:on\\s+board|aboard|onboard)\\s*:\\s*" + HEDGE.replace("hedge", "hedge2")
            + "(?<num2>\\d{1,3}(?:,\\d{3})+|\\d+)\\b", FLAGS);
    /** "both survivors", "both pilots": two, said of people or parts the story counts. */
    private static final Pattern BOTH = StartGate.compile("\\bboth\\s+(?:of\\s+the\\s+)?(?<noun>survivors|victims|pilots|engines|passengers|hostages|suspects)\\b", FLAGS);
    /** "32 short of the 272 needed", "the 326 required for a majority": a threshold said without its noun. */
    private static final Pattern NEEDED = StartGate.compile("\\bthe\\s+(?<num>\\d{1,3}(?:,\\d{3})*|\\d+)\\s+(?=(?:needed|required)\\b)", FLAGS);
    /**
     * A bare number after a verb of outcome or level, the counted thing left to the sentence: "the alliance reached
     * 158", "which won 158", "finished with 140", "the toll stood at 64", "rose to 64 as of 2 p.m.", "needs 151".
     */
    private static final Pattern BARE = StartGate.compile("\\b(?<verb>" + org.crosscheck.extract.Alternatives.grouped("won|winning|wins|took|taking|secured|securing|got|getting|captured|"
            + "reached|reaching|reaches|hit|hits|passed|passes|topped|tops|exceeded|surpassed|totalled|totaled|totals|numbered|"
            + "finished with|finished on|ended with|ended on|stood at|stands at|stood|rose to|risen to|rises to|rise to|climbed to|"
            + "climbs to|jumped to|fell to|dropped to|falls to|up from|down from|needs|needed|need|itself at|at just|on just|"
            + "(?<=\\p{Lu}\\p{L}{1,30}\\s)with") + ")\\s+"
            + HEDGE + "(?<num>\\d{1,2}(?:,\\d{2})+,\\d{3}|\\d{1,3}(?:,\\d{3})+|\\d+)\\b"
            // a word after the number is what it counts ("won 3 medals", counted elsewhere) unless it opens a phrase of its own
            + "(?![.,:]\\d|\\s*(?:%|per\\b|percent|pc\\b|a\\.?m|p\\.?m|[ap]m\\b|\\$|-\\p{L}|/)"
            + "|\\s*(?!(?:and|but|or|in|on|at|for|as|from|with|after|before|by|than|under|since|when|while)\\b)\\p{L})", FLAGS);
    /** "the 145 of 2011", "its 41 of 2015": a tally named by the year it was reached, with no noun. */
    private static final Pattern OF_YEAR = StartGate.compile("\\b(?:the|its|their|his|her)\\s+(?<num>\\d{1,3}(?:,\\d{3})*)\\s+of\\s+(?:1[89]|20)\\d{2}\\b(?![\\d,.]\\d)", FLAGS);
    /** Paragraph words of wire editors' notes ("recasts 3rd graf", "updates 2nd para"). */
    private static final Set<String> EDITORS_NOTES = Set.of("graf", "grafs", "para", "paras", "paragraph", "paragraphs", "graph", "lede", "add");
    /** An infobox line: "57 — the coalition's seat total", "7 – phases of polling". */
    private static final Pattern INFOBOX = StartGate.compile("^\\s*[•*-]?\\s*(?<num>\\d{1,3}(?:,\\d{3})*|\\d+)(?<plus>\\+)?\\s+[—–]\\s+\\p{L}");
    /** "251 fewer", "down 251", "19 more": a change in a count said without its noun. */
    private static final Pattern CHANGE = StartGate.compile("(?<![\\w.,$€£/:-])(?:(?<num>\\d{1,3}(?:,\\d{3})*|\\d+)\\s+(?:(?<dir>fewer)\\b|(?<dir3>more)\\b(?!\\s+than))"
            + "|\\b(?<dir2>down|up)\\s+(?<num2>\\d{1,3}(?:,\\d{3})*|\\d+)\\b(?![.,]\\d)(?!\\s*(?:%|per|points?|bps|basis|cents?)))", FLAGS);

    /** Nouns so general that "two sides" or "three countries" says nothing checkable. */
    private static final Set<String> GENERIC_NOUNS = Set.copyOf(List.of("sides", "things", "ways", "times", "others", "ones",
            "points", "percent", "cents", "words", "hands", "eyes", "steps", "reasons", "issues", "terms", "occasions", "minutes",
            "seconds", "hours", "days", "weeks", "months", "years", "decades", "centuries", "km", "miles", "metres", "meters", "feet",
            "dollars", "euros", "pounds", "yuan", "yen", "rupees", "billions", "millions", "thousands", "hundreds", "dozens",
            "percentages", "digits", "across", "always", "perhaps", "towards", "besides", "sometimes", "unless", "thus", "whereas",
            "yes", "afterwards", "nowadays", "overseas", "plus", "news", "series", "species", "its", "this", "his", "is", "was", "has",
            "does", "as", "us", "bps", "pts", "sides", "nations", "powers", "economies"));
    /** Nouns that in small numbers only say who is meant: "the two countries", "both parties". */
    private static final Set<String> PAIRS = Set.of("countries", "parties", "leaders", "governments", "men", "women", "teams", "companies");
    private static final Set<String> SUPERLATIVE_HINTS = Set.copyOf(List.of("largest", "biggest", "tallest", "highest", "lowest",
            "most", "best", "worst", "richest", "busiest", "longest", "oldest", "smallest", "fastest", "strongest", "deadliest", "least"));
    /** Words a results list begins a line with that are not the name of a contender. */
    private static final Set<String> NOT_LABELS = Set.of("Flight", "Page", "Gate", "Route", "Room", "Channel", "Platform", "Block",
            "Article", "Section", "Chapter", "Level", "Stage", "Phase", "Day", "Week", "Year", "Version", "Model", "Game", "Round",
            "Figure", "Table", "Exhibit", "Item", "No", "Number", "Ship", "Apollo", "Mission", "Unit", "Category", "Grade", "Class",
            "Group", "Title", "Rule", "Act", "Line", "Highway", "Interstate", "Pier", "Terminal", "Runway", "Track", "Lane");

    @Override
    public String name() {
        return "counts and ordinals";
    }

    @Override
    public void find(SentenceText s) {
        ordinals(s);
        String text = s.text();
        // outcomes first: "14 dead across the region" is a count of the dead, not of "across"
        for (Pattern p : List.of(VERB_COUNT, COUNT_OUTCOME)) {
            Matcher m = s.matcher(p);
            while (m.find()) {
                if (!s.free(m.start("num"), m.end("num"))) {
                    continue;
                }
                double v = NumberWords.cardinal(m.group("num"));
                String word = (p == VERB_COUNT ? m.group("verb") : m.group("out")).toLowerCase(Locale.ROOT);
                // survival is no outcome for the counts near it ("7 passengers; nobody survived"), only for the number it follows
                String outcome = word.equals("survived") ? "survived"
                        : Lexicon.outcome(word.replaceAll("ing$", "ed").replace("kills", "killed").replace("injures", "injured"));
                if (v < 1 || outcome == null) {
                    continue;
                }
                add(s, m, v, "count of people (" + outcome + ")", trim(v) + " " + outcome, "people");
            }
        }
        Matcher m = s.matcher(TOLL);
        while (m.find()) {
            if (s.free(m.start("num"), m.end())) {
                double v = NumberWords.cardinal(m.group("num"));
                Bound b = Bound.of(m.group("hedge"));
                // the quote is "rose to 43": the words about what died stay context, where they align the claim
                s.add(s.mention(ClaimKind.COUNT, Role.VALUE, m.start("link"), m.end(), v, v, "count of people (dead)",
                        RateRecognizer.hedged(b) + trim(v) + " dead", b == Bound.EXACT ? "exact" : "approximate", b, "toll", false));
            }
        }
        m = s.matcher(NOUN_OF);
        while (m.find()) {
            if (s.free(m.start("num"), m.end("num"))) {
                double v = NumberWords.cardinal(m.group("num"));
                String noun = m.group("noun").toLowerCase(Locale.ROOT);
                if (v >= 1) {
                    addAt(s, m.start("num"), m.end("num"), m.group("hedge"), v, "count of " + noun, trim(v) + " " + noun, noun);
                }
            }
        }
        m = s.matcher(COMPOUND);
        while (m.find()) {
            double v = NumberWords.cardinal(m.group("num"));
            String noun = m.group("noun").toLowerCase(Locale.ROOT);
            if (v >= 1 && s.free(m.start("num"), m.end()) && !noun.equals("point") && !noun.equals("run")) {
                addAt(s, m.group("hedge") != null ? m.start("hedge") : m.start("num"), m.end(), m.group("hedge"), v,
                        "count of " + Lexicon.stem(noun), trim(v) + " " + noun, noun);
            }
        }
        m = s.matcher(PART_OF);
        while (m.find()) {
            String noun = m.group("noun").toLowerCase(Locale.ROOT);
            double v = NumberWords.cardinal(m.group("num"));
            if (!s.free(m.start("num"), m.end()) || v < 1 || GENERIC_NOUNS.contains(noun)) {
                continue;
            }
            if (m.group("num").equalsIgnoreCase("one")) {
                // "every one of the eight finalists", "one of the 12 victims": one is a person picked out; the total is the count
                double total = NumberWords.cardinal(m.group("total"));
                if (total > 1) {
                    addAt(s, m.start("total"), m.end(), null, total, "count of " + Lexicon.stem(noun) + outcomeNear(s, m.start(), m.end()),
                            trim(total) + " " + noun, noun);
                }
                continue;
            }
            add(s, m, v, "count of " + Lexicon.stem(noun) + outcomeNear(s, m.start(), m.end()), trim(v) + " " + noun, noun);
        }
        onBoard(s);
        counts(s);
        m = s.matcher(BARE);
        while (m.find()) {
            double v = NumberWords.cardinal(m.group("num"));
            if (v >= 1 && !isYear(m.group("num")) && s.free(m.start("num"), m.end("num"))) {
                int start = m.group("hedge") != null ? m.start("hedge") : m.start("num");
                addAt(s, start, m.end("num"), m.group("hedge"), v, "count", trim(v), "");
            }
        }
        m = s.matcher(OF_YEAR);
        while (m.find()) {
            double v = NumberWords.cardinal(m.group("num"));
            if (v >= 1 && !isYear(m.group("num")) && s.free(m.start("num"), m.end("num"))) {
                addAt(s, m.start("num"), m.end("num"), null, v, "count", trim(v), "");
            }
        }
        m = s.matcher(INFOBOX).useAnchoringBounds(true);
        if (m.find() && s.free(m.start("num"), m.end("num")) && !isYear(m.group("num"))) {
            double v = NumberWords.cardinal(m.group("num"));
            addAt(s, m.start("num"), m.end(m.group("plus") != null ? "plus" : "num"), m.group("plus") != null ? "at least" : null, v,
                    "count", trim(v), "");
        }
        m = s.matcher(CHANGE);
        while (m.find()) {
            String g = m.group("num") != null ? "num" : "num2";
            double v = NumberWords.cardinal(m.group(g));
            if (v >= 1 && s.free(m.start(), m.end()) && !isYear(m.group(g))) {
                boolean fewer = m.group("dir") != null || m.group("dir3") == null && m.group("dir2").equalsIgnoreCase("down");
                s.add(s.mention(ClaimKind.COUNT, Role.VALUE, m.start(), m.end(), v, v, "count", trim(v) + (fewer ? " fewer" : " more"),
                        "exact", Bound.EXACT, "", false));
            }
        }
        m = s.matcher(LABEL).useTransparentBounds(true).useAnchoringBounds(true);
        while (m.find()) {
            String label = m.group("label");
            String first = label.split("\\s+")[0];
            double v = NumberWords.cardinal(m.group("num"));
            if (v < 1 || isYear(m.group("num")) || NOT_LABELS.contains(first) || Lexicon.isStopword(first.toLowerCase(Locale.ROOT))
                    || !s.free(m.start("num"), m.end("num")) || monthOrDay(first)) {
                continue;
            }
            s.add(s.mention(ClaimKind.COUNT, Role.VALUE, m.start("num"), m.end("num"), v, v, "count", trim(v), "exact", Bound.EXACT, "", false));
        }
    }

    private static void onBoard(SentenceText s) {
        Matcher m = s.matcher(ON_BOARD);
        while (m.find()) {
            String g = m.group("num") != null ? "num" : "num2";
            double v = NumberWords.cardinal(m.group(g));
            if (v >= 1 && !isYear(m.group(g)) && s.free(m.start(g), m.end(g))) {
                String hedge = m.group("num") != null ? m.group("hedge") : m.group("hedge2");
                addAt(s, m.start(g), m.end(g), hedge, v, "count of people (aboard)", trim(v) + " aboard", "people");
            }
        }
        m = s.matcher(BOTH);
        while (m.find()) {
            if (s.free(m.start(), m.end())) {
                String noun = m.group("noun").toLowerCase(Locale.ROOT);
                String outcome = noun.equals("survivors") ? "survived" : Lexicon.outcome(noun);
                addAt(s, m.start(), m.end(), null, 2, outcome != null ? "count of people (" + outcome + ")" : "count of " + Lexicon.stem(noun),
                        "2 " + noun, noun);
            }
        }
        m = s.matcher(NEEDED);
        while (m.find()) {
            double v = NumberWords.cardinal(m.group("num"));
            if (v >= 1 && !isYear(m.group("num")) && s.free(m.start("num"), m.end("num"))) {
                addAt(s, m.start("num"), m.end("num"), null, v, "count", trim(v), "");
            }
        }
    }

    private static boolean monthOrDay(String w) {
        return w.matches("(?i)jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sept?(ember)?|oct(ober)?|nov(ember)?"
                + "|dec(ember)?|mon(day)?|tue(s(day)?)?|wed(nesday)?|thu(rs(day)?)?|fri(day)?|sat(urday)?|sun(day)?");
    }

    private static boolean isYear(String num) {
        if (!num.matches("\\d{4}")) {
            return false;
        }
        int y = Integer.parseInt(num);
        return y >= 1800 && y <= 2100;
    }

    private void counts(SentenceText s) {
        Matcher m = s.matcher(COUNT);
        while (m.find()) {
            String noun = m.group("noun").toLowerCase(Locale.ROOT);
            String num = m.group("num");
            if (!s.free(m.start("num"), m.end()) || GENERIC_NOUNS.contains(noun) && !termServed(s, m) || Lexicon.isStopword(noun)) {
                continue;
            }
            double v = NumberWords.cardinal(num) * QuantityRecognizer.multiplier(m.group("mult"));
            boolean digits = Character.isDigit(num.charAt(0));
            if (v < 0 || digits && isYear(num)) {
                continue;
            }
            String adj = m.group("adj") == null ? "" : m.group("adj").strip().toLowerCase(Locale.ROOT);
            if (v <= 1 || v <= 2 && PAIRS.contains(noun) || !adj.isEmpty() && (GENERIC_NOUNS.contains(adj) || adj.matches("(?:.*\\s)?(?:of|the|and|or|in|on|at|to|for|by|with|from|a|an)(?:\\s.*)?"))) {
                continue;
            }
            if (m.group("previous") != null) {
                // "four previous meetings" is a way of saying this one is the fifth
                int ordinal = (int) v + 1;
                String head = singular(noun);
                s.add(s.mention(ClaimKind.ORDINAL, Role.VALUE, m.start(), m.end(), ordinal, ordinal, "ordinal",
                        ordinalText(ordinal) + " " + Lexicon.stem(head), "derived", Bound.EXACT, noun, false));
                continue;
            }
            String what = Lexicon.stem(noun) + outcomeNear(s, m.start(), m.end());
            if (m.group("plus") != null) {
                addAt(s, m.start(), m.end(), "at least", v, "count of " + what, trim(v) + " " + noun, noun);
            } else {
                add(s, m, v, "count of " + what, trim(v) + " " + noun, noun);
            }
        }
    }

    /** "three life terms", "consecutive terms of imprisonment", "two terms in office": terms that are served. */
    private static boolean termServed(SentenceText s, Matcher m) {
        if (!m.group("noun").equalsIgnoreCase("terms")) {
            return false;
        }
        String adj = m.group("adj") == null ? "" : m.group("adj").toLowerCase(Locale.ROOT);
        String after = s.text().substring(m.end(), Math.min(s.end(), m.end() + 30)).toLowerCase(Locale.ROOT);
        return adj.matches(".*\\b(?:life|prison|jail)\\b.*") || after.matches("^\\s+(?:of\\s+(?:life|imprisonment|prison|jail)|in\\s+(?:office|prison|jail)).*");
    }

    private void ordinals(SentenceText s) {
        Matcher m = s.matcher(ORDINAL);
        while (m.find()) {
            String noun = m.group("noun").toLowerCase(Locale.ROOT);
            boolean superlative = SUPERLATIVE_HINTS.contains(noun) || noun.endsWith("est") && !org.crosscheck.extract.frame.PartsOfSpeech.get().isLemma(noun);
            if (superlative && m.group("adj") == null && s.free(m.start(), m.end())) {
                // "the nation's 16th-largest bank", "the 16th biggest lender", "the second-biggest failure": a rank is a place in a series too
                int v = NumberWords.ordinal(m.group("ord").replace("-", ""));
                if (v > 0) {
                    s.add(s.mention(ClaimKind.ORDINAL, Role.VALUE, m.start(), m.end(), v, v, "rank", ordinalText(v) + " " + noun,
                            "exact", Bound.EXACT, noun, false));
                }
                continue;
            }
            if (!s.free(m.start(), m.end()) || superlative || m.group("sep").equals("-") && !m.group("ord").matches("\\d+-\\p{L}+")
                    || noun.endsWith("ed") || noun.endsWith("ly") || Lexicon.isStopword(noun) && !noun.equals("time")
                    || (noun.equals("half") || noun.equals("quarter") || noun.equals("minute")) && !streak(m.group("adj"))
                    || EDITORS_NOTES.contains(noun)) { // "inserts 4th graf": a wire editor's note about the copy, not news
                continue;
            }
            int v = NumberWords.ordinal(m.group("ord").replace("-", ""));
            if (v <= 0) {
                continue;
            }
            s.add(s.mention(ClaimKind.ORDINAL, Role.VALUE, m.start(), m.end(), v, v, "ordinal", ordinalText(v) + " " + Lexicon.stem(noun),
                    "exact", Bound.EXACT, noun, false));
        }
    }

    /** "straight", "consecutive", "successive": a place in a run ("a fifth straight quarter"), not a period of the calendar. */
    private static boolean streak(String adj) {
        return adj != null && (adj.equalsIgnoreCase("straight") || adj.equalsIgnoreCase("consecutive") || adj.equalsIgnoreCase("successive"));
    }

    private static void add(SentenceText s, Matcher m, double v, String scale, String shown, String noun) {
        Bound b = Bound.of(m.group("hedge"));
        s.add(s.mention(ClaimKind.COUNT, Role.VALUE, m.start(), m.end(), v, v, scale, RateRecognizer.hedged(b) + shown,
                b == Bound.EXACT ? "exact" : "approximate", b, noun, false));
    }

    private static void addAt(SentenceText s, int start, int end, String hedge, double v, String scale, String shown, String noun) {
        Bound b = Bound.of(hedge);
        s.add(s.mention(ClaimKind.COUNT, Role.VALUE, start, end, v, v, scale, RateRecognizer.hedged(b) + shown,
                b == Bound.EXACT ? "exact" : "approximate", b, noun, false));
    }

    /** " (dead)", " (injured)", ... for the nearest outcome word within a few words of a count of people, else "". */
    private static String outcomeNear(SentenceText s, int start, int end) {
        List<Token> tokens = s.tokens();
        int first = s.tokenAt(start);
        int last = s.tokenAt(end);
        for (int d = 0; d <= 6; d++) {
            for (int i : new int[] {last + d, first - 1 - d}) {
                if (i >= 0 && i < tokens.size()) {
                    String o = Lexicon.outcome(tokens.get(i).lower());
                    if (o != null) {
                        return " (" + o + ")";
                    }
                }
            }
        }
        return "";
    }

    private static String trim(double v) {
        return RateRecognizer.trim(v);
    }

    private static String singular(String noun) {
        return noun.endsWith("ies") ? noun.substring(0, noun.length() - 3) + "y" : noun.endsWith("s") ? noun.substring(0, noun.length() - 1) : noun;
    }

    static String ordinalText(int v) {
        int mod100 = v % 100;
        String suffix = mod100 >= 11 && mod100 <= 13 ? "th" : switch (v % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
        return v + suffix;
    }

    @Override
    public List<RecognizerExample> examples() {
        return List.of(
                RecognizerExample.of("The Greens had won 57 seats by dawn.", null, List.of("count 57 seats"), List.of()),
                RecognizerExample.of("EDS: RECASTS 3rd graf with new toll.", null, List.of(), List.of("ordinal 3rd graf")),
                RecognizerExample.of("The Greens won 40 seats, 12 fewer than in 2021.", null, List.of("count 40 seats", "count 12 fewer"), List.of()),
                RecognizerExample.of("The bloc, led by the Greens with 38, fell short of the 145 of 2011.", null,
                        List.of("count 38", "count 145"), List.of("count 2011")),
                RecognizerExample.of("It is the 16th biggest lender and ran the fifth integrated test.", null,
                        List.of("ordinal 16th biggest", "ordinal 5th test"), List.of()),
                RecognizerExample.of("Coroners named all nine who perished; three of them drowned.", null,
                        List.of("count 9 dead", "count 3 dead"), List.of()),
                RecognizerExample.of("The captain and eight others were killed.", null, List.of(), List.of("count 8 dead")),
                RecognizerExample.of("A record 318 million people voted.", null, List.of("count 318000000 people"), List.of("count 318 people")),
                RecognizerExample.of("It gives the party a majority of 86.", null, List.of("count 86 majority"), List.of()),
                RecognizerExample.of("Her 63-seat majority was never matched.", null, List.of("count 63 seat"), List.of()),
                RecognizerExample.of("Leaders of the 32-member alliance met.", null, List.of("count 32 member"), List.of()),
                RecognizerExample.of("Greens 57", null, List.of("count 57"), List.of()),
                RecognizerExample.of("Results so far: Greens 31, Liberals 29; turnout 61%.", null, List.of("count 31", "count 29"), List.of()),
                RecognizerExample.of("Flight 2216 had left before dawn.", null, List.of(), List.of("count")),
                RecognizerExample.of("The party finished with 251 fewer seats, down 251 on the last election.", null,
                        List.of("count 251 seats"), List.of()),
                RecognizerExample.of("The party ended the night with 251 fewer.", null, List.of("count 251 fewer"), List.of()),
                RecognizerExample.of("There were 96 people on board.", null, List.of("count 96 people"), List.of()),
                RecognizerExample.of("The blast killed 12 and injured 30.", null, List.of("count 12 dead", "count 30 injured"), List.of()),
                RecognizerExample.of("The death toll rose to 27 on Tuesday.", "2024-05-02", List.of("count 27 dead"), List.of()),
                RecognizerExample.of("Seven of the eight men finished under ten seconds.", null, List.of("count 7 men"), List.of()),
                RecognizerExample.of("Each one of the nine jurors was polled.", null, List.of("count 9 jurors"), List.of("count 1 jurors")),
                RecognizerExample.of("He won at his eighth attempt.", null, List.of("ordinal 8th attempt"), List.of()),
                RecognizerExample.of("He had failed in seven previous attempts.", null, List.of("ordinal 8th attempt"), List.of()),
                RecognizerExample.of("The alliance marks its 75-th anniversary.", null, List.of("ordinal 75th anniversary"), List.of()),
                RecognizerExample.of("It is the world's second-tallest building.", null, List.of("ordinal 2nd tallest"), List.of("ordinal 2nd building")),
                RecognizerExample.of("The census of 2021 counted them.", null, List.of(), List.of("count")),
                RecognizerExample.of("The coalition reached 158, short of a landslide.", null, List.of("count 158"), List.of()),
                RecognizerExample.of("The toll stood at 64 at 3 p.m. on Monday.", "2024-01-15", List.of("count 64 toll"), List.of("count 3")),
                RecognizerExample.of("57 — the coalition's seat total", null, List.of("count 57"), List.of()),
                RecognizerExample.of("Jurors heard from 40+ witnesses.", null, List.of("count ≥40 witnesses"), List.of()),
                RecognizerExample.of("He won by 2,41,806 votes.", null, List.of("count 241806 votes"), List.of()),
                RecognizerExample.of("All 12 first-stage engines were running, with five more rocket batteries.", null,
                        List.of("count 12 engines", "count 5 batteries"), List.of()),
                RecognizerExample.of("It became the nation's 16th-largest bank.", null, List.of("ordinal 16th largest"), List.of()),
                RecognizerExample.of("It was the fifth test flight.", null, List.of("ordinal 5th test"), List.of()),
                RecognizerExample.of("Margins widened for a third straight quarter, while the second quarter was weak.", null,
                        List.of("ordinal 3rd quarter"), List.of("ordinal 2nd quarter")),
                RecognizerExample.of("Only three survived; the other nine were presumed dead.", null,
                        List.of("count 3 survived", "count 9 dead"), List.of("count ~3 survived")),
                RecognizerExample.of("A deckhand was among the 14 on board. Persons on board: 14 (crew 3)", null,
                        List.of("count 14 aboard"), List.of("count 3 aboard")),
                RecognizerExample.of("Both survivors were pulled from the tail.", null, List.of("count 2 survivors"), List.of()),
                RecognizerExample.of("The Greens finished 9 short of the 151 needed.", null, List.of("count 151"), List.of()),
                RecognizerExample.of("The party won 188 and lost its majority; the toll stood at 41 in the evening.", null,
                        List.of("count 188", "count 41 toll"), List.of()),
                RecognizerExample.of("The poll forecast Greens 204 and the Liberals 96.", null, List.of("count 204"), List.of()),
                RecognizerExample.of("Standing of the parties\nGreens 204\nLiberals 96\nIndependents 8", null,
                        List.of("count 204", "count 96", "count 8"), List.of()),
                RecognizerExample.of("Tickets rose to 45 dollars; the film won 3 awards.", null, List.of(), List.of("count 45")),
                RecognizerExample.of("The court imposed three back-to-back prison sentences.", null, List.of("count 3 sentences"), List.of()),
                RecognizerExample.of("He was given three consecutive terms of imprisonment.", null, List.of("count 3 terms"), List.of()),
                RecognizerExample.of("The rivals met on equal terms, and the two terms of the deal were never set.", null, List.of(), List.of("count 2 terms")));
    }
}
