package org.crosscheck.extract.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds temporal expressions in English news text and normalizes them to TimeML values, resolving relative
 * ones against the publication date. Pattern rules only: every regex is bounded (no nested quantifiers), so
 * tagging is linear in the input length.
 */
public final class TemporalTagger {

    // ---- vocabulary -------------------------------------------------------------------------------------------

    private static final String WEEKDAY = "(?-i:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";
    /** Full month names and dotted abbreviations; capitalized so that "may" the verb never matches. */
    private static final String MONTH_WORD = "(?-i:January|February|March|April|May|June|July|August|September"
            + "|October|November|December|Jan\\.|Feb\\.|Mar\\.|Apr\\.|Jun\\.|Jul\\.|Aug\\.|Sept\\.|Sep\\.|Oct\\.|Nov\\.|Dec\\."
            + "|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)";
    private static final String MONTH_FULL = "(?-i:January|February|March|April|May|June|July|August|September"
            + "|October|November|December|Jan\\.|Feb\\.|Aug\\.|Sept\\.|Sep\\.|Oct\\.|Nov\\.|Dec\\.)";
    private static final String DAY_NUM = "(?:[12][0-9]|3[01]|0?[1-9])(?:st|nd|rd|th)?";
    private static final String YEAR_NUM = "(?:1[6-9]|20)[0-9]{2}";
    /** Years as broadcast transcripts spell them: "nineteen ninety-six", "two thousand". */
    private static final String SPELLED_YEAR = "(?:(?:nineteen|eighteen)\\s+(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
            + "(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen"
            + "|seventeen|eighteen|nineteen|oh[- ](?:one|two|three|four|five|six|seven|eight|nine))"
            + "|two\\s+thousand(?:\\s+(?:and\\s+)?(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve))?)";
    private static final String ORDINAL = "(?:first|second|third|fourth|1st|2nd|3rd|4th)";
    private static final String DASH = "\\s*[-\u2013\u2014]\\s*";
    private static final String UNIT = "(?:year|month|week|day|hour|minute|second|decade|centur(?:y|ie)|quarter|night|fortnight)";

    private static final Map<String, Integer> MONTHS = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);

    static {
        String[] names = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
        for (int i = 0; i < names.length; i++) MONTHS.put(names[i], i + 1);
    }

    // ---- rules ------------------------------------------------------------------------------------------------

    private static final int CI = Pattern.CASE_INSENSITIVE; // ASCII folding: the vocabulary is English, and it is faster

    /** "Friday, Oct. 24, 2025", "from October 24 to 27", "Oct. 24-27", "between May 1 and May 3". */
    private static final Pattern MONTH_DAY = Pattern.compile(
            "\\b(?:(?<wd>" + WEEKDAY + "),?\\s+)?(?:(?<from>from|between)\\s+)?(?<m1>" + MONTH_WORD + ")\\s*(?<d1>" + DAY_NUM + ")"
            + "(?:(?<sep>" + DASH + "|\\s+(?:to|through|until|till|and)\\s+)(?:(?<m2>" + MONTH_WORD + ")\\s*)?(?<d2>" + DAY_NUM + "))?"
            + "(?:,?\\s+(?<year>" + YEAR_NUM + "))?(?![0-9:,.]?[0-9])", CI);

    /** "24 October 2025", "24 to 27 October", "the 5th of May", "the 5 of May of 2021" (a Romance-language order). */
    private static final Pattern DAY_MONTH = Pattern.compile(
            "\\b(?:(?<wd>" + WEEKDAY + "),?\\s+)?(?:(?<from>from|between)\\s+)?(?:the\\s+)?(?<d1>" + DAY_NUM + ")"
            + "(?:(?<sep>" + DASH + "|\\s+(?:to|through|until|and)\\s+)(?:the\\s+)?(?<d2>" + DAY_NUM + "))?"
            + "(?:\\s+of)?\\s+(?<m>" + MONTH_FULL + ")(?:,?\\s+(?:of\\s+)?(?<year>" + YEAR_NUM + "))?(?![0-9])", CI);

    /** "April", "late September", "July 1997", "last November", "January this year". */
    private static final Pattern MONTH_ALONE = Pattern.compile(
            "\\b(?:(?<mod>early|mid|late|the\\s+end\\s+of|the\\s+beginning\\s+of|the\\s+start\\s+of|the\\s+middle\\s+of)[\\s-]+)?"
            + "(?:(?<rel>this\\s+past|this\\s+coming|last|next|this)\\s+)?(?<m>" + MONTH_FULL + ")"
            + "(?:,?\\s+(?:of\\s+)?(?<year>" + YEAR_NUM + ")(?![0-9])|\\s+(?<yword>" + SPELLED_YEAR + ")|\\s+(?<yrel>this|last|next)\\s+year)?\\b", CI);

    /** "2019", "mid-1996", "early 1991", "fiscal 1989", "the end of 1994". */
    private static final Pattern YEAR = Pattern.compile(
            "(?<![0-9$#.,/:\u00a3\u20ac-])\\b(?:(?<mod>early|mid|late|pre|post|the\\s+end\\s+of|the\\s+beginning\\s+of|the\\s+start\\s+of|the\\s+middle\\s+of)[\\s-]+)?"
            + "(?:(?<fiscal>fiscal(?:\\s+year)?|FY)\\s*)?(?<year>" + YEAR_NUM + ")"
            + "(?:[-\u2013/](?<until>[0-9]{4}|[0-9]{2})(?![0-9-]))?(?![0-9]|,[0-9]|\\.[0-9]|\\s*%|\\s+percent|-[0-9])", CI);

    /** "nineteen ninety-six", "the year two thousand"; a bare "two thousand" is a count unless "the year" precedes it. */
    private static final Pattern SPELLED_YEAR_RULE = Pattern.compile(
            "\\b(?<prefix>the\\s+year\\s+)?(?<y>" + SPELLED_YEAR + ")\\b", CI);

    /** "year-end", "year's end", "around year end". */
    private static final Pattern YEAR_END = Pattern.compile(
            "\\b(?:around\\s+)?(?:year[- ]end|year's\\s+end)\\b", CI);

    /** "the 1990s", "the '80s", "the mid-1990s", "the nineties", "the 20th century". */
    private static final Pattern DECADE = Pattern.compile(
            "\\b(?:the\\s+)?(?:(?<mod>early|mid|late)[\\s-]+)?(?:(?<dec>(?:1[0-9]|20)[0-9]0)'?s|'(?<short>[0-9]0)s"
            + "|(?<word>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)"
            + "|(?<cent>[12]?[0-9])(?:st|nd|rd|th)\\s+century)\\b", CI);

    /** "Friday", "next Thursday", "Sunday night", "earlier Sunday". */
    private static final Pattern WEEKDAY_RULE = Pattern.compile(
            "\\b(?:(?<rel>this\\s+coming|this\\s+past|this|next|last|past|previous|coming|early|late|earlier|later|on)\\s+)?"
            + "(?<wd>" + WEEKDAY + ")(?:(?<plural>s)|(?<poss>'s))?(?:\\s+(?<part>morning|afternoon|evening|night))?\\b"
            + "(?!\\s+(?-i:Times|Telegraph|Express|Mirror|Herald|Post|Tribune|Independent|School|Service|Mail|Star|Observer|Sport|People|Business|Bloody|Morning\\s+Post))", CI);

    /** "today", "yesterday morning", "late yesterday", "tonight", "this morning", "last night". */
    private static final Pattern DEICTIC_DAY = Pattern.compile(
            "\\b(?:(?<mod>early|late|earlier|later|mid)[\\s-]+)?(?:(?<day>today|yesterday|tomorrow|tonight)(?:\\s+(?<part>morning|afternoon|evening|night))?"
            + "|(?<this>this|last|tomorrow|yesterday)\\s+(?<part2>morning|afternoon|evening|night))\\b"
            + "|\\bthe\\s+day\\s+(?<ba>before\\s+yesterday|after\\s+tomorrow)\\b", CI);

    /** "the next morning", "the following day": a day counted from the story's last mentioned day. */
    private static final Pattern RELATIVE_DAY = Pattern.compile(
            "\\b(?:(?<mod>early|late)\\s+)?(?<which>the\\s+next|the\\s+following|the\\s+previous|the\\s+prior)"
            + "\\s+(?<unit>day|morning|afternoon|evening|night)\\b(?!-|'|\\s+of\\b)", CI);

    /** "last week", "earlier this year", "the end of the month", "next spring", "the following year". */
    private static final Pattern RELATIVE_UNIT = Pattern.compile(
            "\\b(?:(?<mod>early|late|mid|the\\s+end\\s+of|the\\s+beginning\\s+of|the\\s+start\\s+of|the\\s+middle\\s+of)[\\s-]+)?"
            + "(?<rel>this\\s+past|this\\s+coming|this|last|next|past|previous|coming|following|current|the\\s+current|the\\s+following|the\\s+previous|the\\s+same|that|earlier\\s+this|later\\s+this|earlier\\s+in\\s+the|later\\s+in\\s+the|earlier\\s+last|later\\s+last|earlier\\s+next|later\\s+next|the|a)"
            + "\\s+(?<unit>(?-i:week(?:end)?|month|year|quarter|decade|century|spring|summer|fall|autumn|winter|fiscal\\s+year|full\\s+year))\\b(?!-)"
            + "(?:\\s+of\\s+(?<sy>" + YEAR_NUM + "|" + SPELLED_YEAR + ")\\b)?", CI);

    /** "the third quarter", "third-quarter", "the 1988 second quarter", "the first half of 1990". */
    private static final Pattern QUARTER = Pattern.compile(
            "\\b(?:(?<det>the|its|a|this|last|next|the\\s+latest|the\\s+current|the\\s+year-earlier|the\\s+year-ago|the\\s+comparable|the\\s+same)\\s+)?"
            + "(?:(?<y1>" + YEAR_NUM + ")\\s+)?(?:fiscal[\\s-]+)?(?<ord>" + ORDINAL + ")[\\s-]+(?:fiscal[\\s-]+)?(?<unit>quarter|half)\\b(?!s)"
            + "(?:\\s+of\\s+(?:fiscal\\s+)?(?<y2>" + YEAR_NUM + "))?", CI);

    /** "the quarter", "the latest quarter", "the year-ago period", "a year earlier", "year-earlier". */
    private static final Pattern REFERENCE_PERIOD = Pattern.compile(
            "\\b(?<ya>(?:the\\s+)?(?:comparable\\s+)?(?:year-earlier|year-ago|year\\s+earlier|year\\s+ago)(?:\\s+(?:quarter|period))?"
            + "|a\\s+year\\s+(?:earlier|ago|before)|the\\s+(?:same|corresponding)\\s+(?:period|quarter)\\s+(?:a\\s+year\\s+(?:earlier|ago)|last\\s+year)"
            + "|last\\s+year's\\s+(?:quarter|period))"
            + "|\\b(?<q>the\\s+(?:latest|recent|most\\s+recent|just-ended|just\\s+ended)\\s+(?:quarter|period)|the\\s+quarter|this\\s+quarter|that\\s+quarter)\\b"
            + "|\\bthe\\s+(?<py>" + YEAR_NUM + ")\\s+(?:quarter|period)\\b", CI);

    /** "two weeks", "the past 18 months", "a 90-day truce", "more than four hours", "three years ago", "two weeks later". */
    private static final Pattern DURATION = Pattern.compile(
            "\\b(?:(?<mod>about|around|approximately|roughly|some|nearly|almost|more\\s+than|over|at\\s+least|less\\s+than|under|up\\s+to|no\\s+more\\s+than|within|only|just)\\s+)?"
            + "(?:(?<dir>the\\s+past|the\\s+last|the\\s+next|the\\s+first|the\\s+coming|the\\s+previous|the\\s+following|the\\s+final|the\\s+latest|the|past|last|next|first|another|an\\s+additional|a\\s+further)\\s+)?"
            + "(?<num>" + NumberWords.PATTERN + ")(?<half>\\s+1/2|\\s*\u00bd|\\s+and\\s+a\\s+half)?(?<adj>\\s+more|\\s+full|\\s+straight|\\s+consecutive|\\s+long)?"
            + "(?<sep>-|\\s+)(?:(?:trading|business|working|calendar)\\s+)?(?<unit>" + UNIT + ")(?<plural>s)?\\b(?!-old|-olds)(?<half2>\\s+and\\s+a\\s+half)?"
            + "(?:\\s+(?<tail>ago|earlier|later|before|after|or\\s+so|from\\s+now|old))?", CI);

    /** "9:30 a.m.", "10 p.m. Wednesday", "14:00 local time", "0735 GMT", "noon", "midnight Friday". */
    private static final Pattern CLOCK = Pattern.compile(
            "\\b(?:(?<mod>about|around|approximately|shortly\\s+(?:after|before)|just\\s+(?:after|before))\\s+)?"
            + "(?:(?<h>1[0-2]|0?[1-9])(?:[:.](?<min>[0-5][0-9]))?\\s*(?<ampm>a\\.m\\.|p\\.m\\.|a\\.m\\b|p\\.m\\b|am\\b|pm\\b)"
            + "|(?<h24>[01][0-9]|2[0-3]):?(?<min24>[0-5][0-9])(?=\\s*(?:GMT|UTC|local\\s+time|hours|hrs|[A-Z]{1,2}T\\b))"
            + "|(?<word>noon|midday|midnight))"
            + "(?:\\s+(?<zone>GMT|UTC|local\\s+time|(?-i:[ECMP][SD]T)|hours|hrs))?"
            + "(?:,?\\s+(?<day>today|yesterday|tomorrow|tonight|" + WEEKDAY + "))?", CI);

    /** "every week", "weekly", "each year", "every Monday", "twice a day". */
    private static final Pattern SET = Pattern.compile(
            "\\b(?:(?:every|each)\\s+(?:(?<other>other)\\s+)?(?<unit>day|week|month|year|quarter|hour|minute|morning|evening|night|weekend|summer|winter|spring|fall|autumn|"
            + WEEKDAY + "|" + MONTH_FULL + ")"
            + "|(?<adverb>daily|weekly|monthly|yearly|hourly|nightly|biweekly|fortnightly)"
            + "|(?<freq>once|twice|three\\s+times|four\\s+times)\\s+(?:a|an|per|each|every)\\s+(?<funit>day|week|month|year|hour))\\b", CI);

    /** "now", "currently", "recently", "the future", "in recent years", "soon". */
    private static final Pattern REFERENCE_WORD = Pattern.compile(
            "\\b(?<present>right\\s+now|now|currently|at\\s+present|presently|nowadays|these\\s+days|at\\s+the\\s+moment)\\b"
            + "|\\b(?<past>more\\s+recently|recently|lately|formerly|in\\s+the\\s+past|the\\s+past(?!\\s+(?:" + NumberWords.PATTERN + "|few|several|" + UNIT + "))|recent\\s+times|past\\s+years)\\b"
            + "|\\b(?<future>the\\s+near\\s+future|the\\s+future|in\\s+the\\s+future|the\\s+(?:near|short|long)\\s+term|coming\\s+(?:months|years|decades)|a\\s+later\\s+date|as\\s+soon\\s+as\\s+possible)\\b", CI);

    /** "Q3 2025", "Q3", "H1 2024", "3Q25": quarter and half-year codes of financial reporting. */
    private static final Pattern QUARTER_CODE = Pattern.compile(
            "\\b(?-i:(?<kind>[QH])(?<n>[1-4])|(?<n2>[1-4])(?<kind2>Q))(?:[\\s-]*(?<y>" + YEAR_NUM + ")|[-']?(?<yy>[0-9]{2}))?\\b");

    /** "summer 2024", "in winter", "early spring": seasons without a relative word. */
    private static final Pattern SEASON = Pattern.compile(
            "\\b(?:(?<mod>early|late|mid)[\\s-]+)?(?<season>spring|summer|autumn|fall|winter)(?:\\s+(?:of\\s+)?(?<y>" + YEAR_NUM + "))?\\b(?![-'])", CI);

    /** "for years", "within weeks", "for centuries": a span of unstated length; the preposition is not part of it. */
    private static final Pattern VAGUE_SPAN = Pattern.compile(
            "(?<=\\b(?:for|within)\\s)(?<unit>years|months|weeks|days|decades|centuries)\\b(?!\\s+(?:ago|earlier|later|old|of\\b))"
            + "|\\b(?<lunit>hour|day|week|month|year|decade)(?<lplural>s)?-long\\b", CI);

    /** "recent weeks": a span of unstated length reaching up to now (TimeML: PXW). */
    private static final Pattern RECENT_SPAN = Pattern.compile(
            "\\brecent\\s+(?<unit>years|months|weeks|days|decades|quarters)\\b", CI);

    /**
     * "the year ended March 31": a fiscal year given by its closing date is written as a one-year span.
     * "current" as an adjective ("current market conditions") refers to the present.
     */
    private static final Pattern FISCAL_SPAN_OR_CURRENT = Pattern.compile(
            "\\b(?<span>the\\s+(?:fiscal\\s+)?(?<unit>year|quarter|half))(?=\\s+(?:ended|ending|that\\s+ended|which\\s+ended)\\s)"
            + "|\\b(?<current>current)(?=\\s+(?!accounts?\\b|of\\b|account\\b)[a-z])", CI);

    /** "Christmas", "New Year's Day", "Thanksgiving", "Easter" (resolved to the nearest occurrence). */
    private static final Pattern HOLIDAY = Pattern.compile(
            "\\b(?-i:(?<name>Christmas(?:\\s+Day|\\s+Eve)?|New\\s+Year's(?:\\s+Day|\\s+Eve)|Thanksgiving(?:\\s+Day)?|Easter(?:\\s+Sunday)?|Halloween|Valentine's\\s+Day|Independence\\s+Day|Labor\\s+Day|Memorial\\s+Day|Election\\s+Day))\\b");

    /** "10/24/2025", "2025-10-24". A day/month pair without a year ("24/7") is not taken. */
    private static final Pattern NUMERIC_DATE = Pattern.compile(
            "(?<![0-9/.-])(?:(?<y>(?:19|20)[0-9]{2})-(?<m>0[1-9]|1[0-2])-(?<d>0[1-9]|[12][0-9]|3[01])"
            + "|(?<m2>1[0-2]|0?[1-9])/(?<d2>[12][0-9]|3[01]|0?[1-9])/(?<y2>(?:19|20)[0-9]{2}))(?![0-9/])");

    /** Turns one match of a rule's pattern into candidates (or none, when a guard rejects it). */
    private interface Rule {
        void accept(Matcher m, String text, List<Candidate> out);
    }

    /**
     * A pattern, its handler, and the ASCII characters a match can start with. Patterns are only tried with
     * lookingAt() at word starts beginning with one of those characters, which keeps tagging fast and linear.
     */
    private record RuleSpec(Pattern pattern, Rule rule, boolean[] starts, Set<String> firstWords) {
        RuleSpec(Pattern pattern, Rule rule, String anyCase, String exact) {
            this(pattern, rule, startSet(anyCase, exact), null);
        }

        /** As above, and a match starting with a letter must start with one of {@code words} (lower case). */
        RuleSpec(Pattern pattern, Rule rule, String anyCase, String exact, String words) {
            this(pattern, rule, startSet(anyCase, exact), Set.of(words.split(" ")));
        }

        private static boolean[] startSet(String anyCase, String exact) {
            boolean[] set = new boolean[128];
            for (char c : anyCase.toCharArray()) {
                set[Character.toLowerCase(c)] = true;
                set[Character.toUpperCase(c)] = true;
            }
            for (char c : exact.toCharArray()) set[c] = true;
            return set;
        }

        boolean mayStartAt(char c, String lowerWord) {
            if (!starts[c]) return false;
            return firstWords == null || !Character.isLetter(c) || firstWords.contains(lowerWord);
        }
    }

    /** A possible expression; built into a Timex only if it survives overlap resolution, in text order. */
    private record Candidate(int start, int end, int priority, Function<Resolver, Timex> build) {
    }

    private static final List<RuleSpec> RULES = List.of(
            new RuleSpec(MONTH_DAY, TemporalTagger::monthDay, "fb", "MTWFSJAOND"),
            new RuleSpec(DAY_MONTH, TemporalTagger::dayMonth, "fbt", "MTWFS0123456789"),
            new RuleSpec(NUMERIC_DATE, TemporalTagger::numericDate, "", "0123456789"),
            new RuleSpec(CLOCK, TemporalTagger::clock, "asjnm", "0123456789"),
            new RuleSpec(MONTH_ALONE, TemporalTagger::monthAlone, "emltn", "JFMASOND",
                    "early mid late the last next this january february march april may june july august september october november december jan feb mar apr jun jul aug sept sep oct nov dec"),
            new RuleSpec(QUARTER, TemporalTagger::quarter, "tialnfs", "0123456789",
                    "the its a this last next fiscal first second third fourth"),
            new RuleSpec(REFERENCE_PERIOD, TemporalTagger::referencePeriod, "tyacl", "",
                    "the comparable year a last this that"),
            new RuleSpec(DECADE, TemporalTagger::decade, "temlfsn", "0123456789'"),
            new RuleSpec(YEAR, TemporalTagger::year, "emltfp", "0123456789",
                    "early mid late pre post the fiscal fy"),
            new RuleSpec(SPELLED_YEAR_RULE, TemporalTagger::spelledYear, "tne", ""),
            new RuleSpec(YEAR_END, TemporalTagger::yearEnd, "ay", "",
                    "around year"),
            new RuleSpec(WEEKDAY_RULE, TemporalTagger::weekday, "tnlpceo", "MTWFS",
                    "this next last past previous coming early late earlier later on monday tuesday wednesday thursday friday saturday sunday"),
            new RuleSpec(RELATIVE_DAY, TemporalTagger::relativeDay, "elt", "",
                    "early late the"),
            new RuleSpec(DEICTIC_DAY, TemporalTagger::deicticDay, "emltyt", "",
                    "early late earlier later mid today yesterday tomorrow tonight this last the"),
            new RuleSpec(RELATIVE_UNIT, TemporalTagger::relativeUnit, "emltnpcfsa", "",
                    "early late mid the this last next past previous coming following current that earlier later a"),
            new RuleSpec(DURATION, TemporalTagger::duration, "abcdefhjlmnoprstuwgi", "0123456789",
                    "about around approximately roughly some nearly almost more over at less under up no within only just the past last next first another an a one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundreds dozens couple few several many"),
            new RuleSpec(SET, TemporalTagger::set, "edwmyhnbfot", "",
                    "every each daily weekly monthly yearly hourly nightly biweekly fortnightly once twice three four"),
            new RuleSpec(REFERENCE_WORD, TemporalTagger::referenceWord, "rncaptmlfis", "",
                    "right now currently at presently nowadays these more recently lately formerly in the recent past coming a as"),
            new RuleSpec(QUARTER_CODE, TemporalTagger::quarterCode, "", "QH1234"),
            new RuleSpec(SEASON, TemporalTagger::season, "emlsafw", "",
                    "early late mid spring summer autumn fall winter"),
            new RuleSpec(RECENT_SPAN, TemporalTagger::recentSpan, "r", "",
                    "recent"),
            new RuleSpec(VAGUE_SPAN, TemporalTagger::vagueSpan, "ymwdch", ""),
            new RuleSpec(FISCAL_SPAN_OR_CURRENT, TemporalTagger::fiscalSpanOrCurrent, "tc", "",
                    "the current"),
            new RuleSpec(HOLIDAY, TemporalTagger::holiday, "", "CNTEHVILM"));

    private static final int MAX_SPAN = 240;

    /** Patterns are static and compiled once; an instance holds no state. */
    public TemporalTagger() {
    }

    /**
     * Tags every temporal expression in {@code text}.
     *
     * @param anchor publication or creation date used to resolve relative expressions; may be null
     * @return expressions sorted by start, non-overlapping
     */
    public List<Timex> tag(String text, LocalDate anchor) {
        if (text == null || text.isEmpty()) return List.of();
        List<Candidate> candidates = new ArrayList<>();
        int n = text.length();
        Matcher[] matchers = new Matcher[RULES.size()];
        int[] free = new int[RULES.size()];
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c >= 128 || (i > 0 && Character.isLetterOrDigit(text.charAt(i - 1)))) continue;
            String word = firstWord(text, i);
            for (int r = 0; r < RULES.size(); r++) {
                RuleSpec spec = RULES.get(r);
                if (i < free[r] || !spec.mayStartAt(c, word)) continue;
                Matcher m = matchers[r];
                if (m == null) {
                    m = spec.pattern().matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
                    matchers[r] = m;
                }
                // Bounded region: no expression is longer than this, so a pathological input stays linear.
                m.region(i, Math.min(n, i + MAX_SPAN));
                if (!m.lookingAt()) continue;
                free[r] = m.end();
                int before = candidates.size();
                spec.rule().accept(m, text, candidates);
                for (int k = before; k < candidates.size(); k++) {
                    Candidate cand = candidates.get(k);
                    candidates.set(k, new Candidate(cand.start(), cand.end(), r, cand.build()));
                }
            }
        }
        List<Candidate> chosen = chooseNonOverlapping(candidates);
        Resolver resolver = new Resolver(text, anchor);
        List<Timex> out = new ArrayList<>(chosen.size());
        for (Candidate c : chosen) {
            Timex t;
            try {
                t = c.build().apply(resolver);
            } catch (RuntimeException e) {
                // A rule that cannot resolve an odd date (e.g. "February 30") drops the expression rather than the text.
                t = null;
            }
            if (t != null) out.add(t);
        }
        return out;
    }

    /** The lower-cased run of ASCII letters starting at {@code i} (empty when it starts with something else). */
    private static String firstWord(String text, int i) {
        int j = i;
        while (j < text.length() && j - i < 16 && isAsciiLetter(text.charAt(j))) j++;
        return text.substring(i, j).toLowerCase(Locale.ROOT);
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    /** Longest candidate wins; among equal lengths the earlier rule in RULES wins. */
    private static List<Candidate> chooseNonOverlapping(List<Candidate> all) {
        List<Candidate> sorted = new ArrayList<>(all);
        sorted.sort(Comparator.comparingInt((Candidate c) -> -(c.end() - c.start()))
                .thenComparingInt(Candidate::priority).thenComparingInt(Candidate::start));
        TreeMap<Integer, Candidate> taken = new TreeMap<>();
        for (Candidate c : sorted) {
            if (c.end() <= c.start()) continue;
            Map.Entry<Integer, Candidate> lower = taken.floorEntry(c.start());
            if (lower != null && lower.getValue().end() > c.start()) continue;
            Map.Entry<Integer, Candidate> higher = taken.ceilingEntry(c.start());
            if (higher != null && higher.getKey() < c.end()) continue;
            taken.put(c.start(), c);
        }
        return new ArrayList<>(taken.values());
    }

    // ---- resolution state ---------------------------------------------------------------------------------------

    /** Anchor plus the last calendar date mentioned, which TimeML uses for "two weeks later" and "a year earlier". */
    private static final class Resolver {
        final String text;
        final LocalDate anchor;
        LocalDate lastDate;
        Grain lastGrain;
        /** Last quarter named explicitly; results stories compare "the quarter" with "a year earlier" against it. */
        LocalDate lastQuarter;
        /** Year of the last date the text states with its year: without an anchor, "March 4" takes it. */
        Integer statedYear;
        /**
         * Day of a live blog's time stamps: the last date heading a line of its own, else the publication day. Prose
         * inside one entry ("back tomorrow") must not move the next entry's stamp to another day.
         */
        LocalDate stampDay;

        Resolver(String text, LocalDate anchor) {
            this.text = text;
            this.anchor = anchor;
        }

        TenseCue cue(int start, int end) {
            return TenseCue.around(text, start, end);
        }

        Timex date(int start, int end, LocalDate d, Grain g, String mod, boolean anchored) {
            return date(start, end, d, g, mod, anchored, g.first(d), g.last(d));
        }

        Timex date(int start, int end, LocalDate d, Grain g, String mod, boolean anchored, LocalDate first, LocalDate last) {
            if (g != Grain.DECADE && g != Grain.CENTURY) {
                lastDate = d;
                lastGrain = g;
                if (g == Grain.DAY && holdsLine(text, start, end)) stampDay = d;
                if (!anchored && (g == Grain.DAY || g == Grain.MONTH)) {
                    statedYear = d.getYear();
                }
            }
            return new Timex(start, end, text.substring(start, end), TimexType.DATE, g.format(d), mod, first, last,
                    false, anchored, 0);
        }

        Timex unresolved(int start, int end, TimexType type, String value, String mod) {
            return new Timex(start, end, text.substring(start, end), type, value, mod, null, null, false, false, 0);
        }

        Timex range(int start, int end, LocalDate first, LocalDate last, boolean anchored) {
            return range(start, end, first, last, anchored, Grain.DAY);
        }

        /** A span written as one expression; its value is the first unit's, as TimeML values a range's start. */
        Timex range(int start, int end, LocalDate first, LocalDate last, boolean anchored, Grain g) {
            lastDate = first;
            lastGrain = g;
            return new Timex(start, end, text.substring(start, end), TimexType.DATE, g.format(first), null,
                    first, g.last(last), true, anchored, 0);
        }
    }

    // ---- rule bodies ----------------------------------------------------------------------------------------------

    private static void monthDay(Matcher m, String text, List<Candidate> out) {
        int month = monthNumber(m.group("m1"));
        int d1 = dayNumber(m.group("d1"));
        String m2 = m.group("m2");
        String d2s = m.group("d2");
        String year = m.group("year");
        boolean hasFrom = m.group("from") != null;
        int start = m.start();
        int end = m.end();
        if (!Character.isWhitespace(text.charAt(m.end("m1"))) && !m.group("m1").endsWith(".")) return; // "Jan5" is a code, not a date
        Integer month2 = m2 == null ? null : monthNumber(m2);
        Integer d2 = d2s == null ? null : dayNumber(d2s);
        String sep = m.group("sep");
        boolean range = d2 != null && (month2 != null || d2 > d1);
        if (d2 != null && !range) {
            // "May 1 and 2" with a falling day is not a range: keep only the first date.
            end = m.end("d1");
            year = null;
        }
        if (range && sep != null && sep.trim().equalsIgnoreCase("and") && !"between".equalsIgnoreCase(m.group("from"))) {
            // "October 24 and 27" names two days, not a span: two dates.
            range = false;
            end = m.end("d1");
            final int s2 = m.start(month2 != null ? "m2" : "d2"), e2 = m.end("d2");
            final int mo2 = month2 != null ? month2 : month, day2 = d2;
            final String y2 = year;
            out.add(new Candidate(s2, e2, 0, r -> {
                LocalDate d = dayOf(r, y2, mo2, day2, s2, e2);
                return d == null ? null : r.date(s2, e2, d, Grain.DAY, null, y2 == null);
            }));
            year = null;
        }
        if (!range && hasFrom) start = m.start("m1"); // "from October 24" alone: "from" is a signal, not the date
        final int s = start, e = end, mo = month, dd1 = d1;
        final Integer mo2 = month2, dd2 = d2;
        final String y = year;
        final boolean isRange = range;
        out.add(new Candidate(s, e, 0, r -> {
            LocalDate first = dayOf(r, y, mo, dd1, s, e);
            if (first == null) return null;
            if (!isRange) return r.date(s, e, first, Grain.DAY, null, y == null);
            LocalDate last = LocalDate.of(first.getYear(), mo2 == null ? mo : mo2, dd2);
            if (last.isBefore(first)) last = last.plusYears(1);
            return r.range(s, e, first, last, y == null);
        }));
    }

    private static void dayMonth(Matcher m, String text, List<Candidate> out) {
        int month = monthNumber(m.group("m"));
        int d1 = dayNumber(m.group("d1"));
        Integer d2 = m.group("d2") == null ? null : dayNumber(m.group("d2"));
        int start = m.start();
        boolean range = d2 != null && d2 > d1;
        if (d2 != null && !range) return;
        if (!range && m.group("from") != null) start = m.start("d1");
        final int s = start, e = m.end(), mo = month, dd1 = d1;
        final Integer dd2 = d2;
        final String y = m.group("year");
        final boolean isRange = range;
        out.add(new Candidate(s, e, 0, r -> {
            LocalDate first = dayOf(r, y, mo, dd1, s, e);
            if (first == null) return null;
            if (!isRange) return r.date(s, e, first, Grain.DAY, null, y == null);
            return r.range(s, e, first, LocalDate.of(first.getYear(), mo, dd2), y == null);
        }));
    }

    private static void numericDate(Matcher m, String text, List<Candidate> out) {
        boolean iso = m.group("y") != null;
        int y = Integer.parseInt(iso ? m.group("y") : m.group("y2"));
        int mo = Integer.parseInt(iso ? m.group("m") : m.group("m2"));
        int d = Integer.parseInt(iso ? m.group("d") : m.group("d2"));
        final int s = m.start(), e = m.end();
        out.add(new Candidate(s, e, 0, r -> r.date(s, e, LocalDate.of(y, mo, d), Grain.DAY, null, false)));
    }

    private static void clock(Matcher m, String text, List<Candidate> out) {
        int hour;
        int minute = 0;
        String word = m.group("word");
        if (word != null && precededBy(text, m.start(), "high")) return; // "high noon" is an idiom (and a film)
        boolean hasMinutes;
        if (word != null) {
            String w = word.toLowerCase(Locale.ROOT);
            hour = w.equals("midnight") ? 24 : 12;
            hasMinutes = true;
        } else if (m.group("h24") != null) {
            hour = Integer.parseInt(m.group("h24"));
            minute = Integer.parseInt(m.group("min24"));
            hasMinutes = true;
        } else {
            hour = Integer.parseInt(m.group("h"));
            if (m.group("min") != null) minute = Integer.parseInt(m.group("min"));
            hasMinutes = true;
            boolean pm = m.group("ampm").toLowerCase(Locale.ROOT).startsWith("p");
            if (pm && hour < 12) hour += 12;
            if (!pm && hour == 12) hour = 0;
        }
        String mod = modOf(m.group("mod"));
        String day = m.group("day");
        final int s = m.start(), e = m.end(), hh = hour, mm = minute;
        final boolean minutes = hasMinutes;
        final int dayStart = day == null ? -1 : m.start("day"), dayEnd = day == null ? -1 : m.end("day");
        final boolean stamp = opensLine(text, s);
        out.add(new Candidate(s, e, 0, r -> {
            // A bare clock time belongs to the day the story was just talking about, else to the publication day;
            // a time stamp opening a line belongs to the blog's day.
            LocalDate d = stamp ? (r.stampDay != null ? r.stampDay : r.anchor)
                    : r.lastGrain == Grain.DAY && r.lastDate != null ? r.lastDate : r.anchor;
            if (day != null && r.anchor != null) d = deicticOrWeekday(r, day, dayStart, dayEnd);
            String clockText = hh == 24 ? "24:00" : String.format("%02d:%02d", hh, mm);
            if (d == null) {
                return new Timex(s, e, r.text.substring(s, e), TimexType.TIME, "XXXX-XX-XXT" + clockText, mod,
                        null, null, false, false, 0);
            }
            return new Timex(s, e, r.text.substring(s, e), TimexType.TIME, Grain.DAY.format(d) + "T" + clockText,
                    mod, d, d, false, true, 0);
        }));
    }

    private static void monthAlone(Matcher m, String text, List<Candidate> out) {
        String name = m.group("m");
        String rel = lower(m.group("rel"));
        String year = m.group("year") != null ? m.group("year")
                : m.group("yword") != null ? String.valueOf(parseYear(m.group("yword"))) : null;
        String yrel = lower(m.group("yrel"));
        String mod = m.group("mod");
        int month = monthNumber(name);
        boolean bare = rel == null && year == null && yrel == null && mod == null;
        if (bare && (name.equals("May") || name.equals("March"))) {
            // "May" and "March" alone are usually the modal verb or the verb/noun; take them only after a preposition.
            if (!precededBy(text, m.start(), "in|since|until|till|by|from|of|during|before|after|through|to|between|and|or|early|late|mid|last|next|this|each|every|the")) return;
        }
        if (bare && name.length() <= 4 && name.endsWith(".")) return;
        if (bare && followedByCapitalizedName(text, m.end())) return;
        final int s = m.start(), e = m.end();
        final String tmod = modOf(mod);
        out.add(new Candidate(s, e, 0, r -> {
            int y;
            boolean anchored = year == null;
            if (year != null) {
                y = Integer.parseInt(year);
            } else {
                if (r.anchor == null && r.statedYear != null) return withMod(r, s, e, LocalDate.of(r.statedYear, month, 1), Grain.MONTH, tmod, true);
                if (r.anchor == null) return r.unresolved(s, e, TimexType.DATE, String.format("XXXX-%02d", month), tmod);
                y = r.anchor.getYear();
                int am = r.anchor.getMonthValue();
                if (yrel != null) {
                    y += yrel.equals("last") ? -1 : yrel.equals("next") ? 1 : 0;
                } else if (rel != null && (rel.equals("last") || rel.equals("this past"))) {
                    if (month >= am) y--;
                } else if (rel != null && (rel.equals("next") || rel.equals("this coming"))) {
                    if (month <= am) y++;
                } else {
                    TenseCue cue = r.cue(s, e);
                    if (cue == TenseCue.FUTURE && month <= am - 3) y++;
                    else if (cue == TenseCue.PAST && month >= am + 3) y--;
                }
            }
            LocalDate d = LocalDate.of(y, month, 1);
            return withMod(r, s, e, d, Grain.MONTH, tmod, anchored);
        }));
    }

    private static void quarter(Matcher m, String text, List<Candidate> out) {
        String det = lower(m.group("det"));
        String y1 = m.group("y1"), y2 = m.group("y2");
        int n = ordinalNumber(m.group("ord"));
        boolean half = m.group("unit").equalsIgnoreCase("half");
        if (half && n > 2) return;
        if (half && y1 == null && y2 == null && !m.group().toLowerCase(Locale.ROOT).contains("of")) return;
        final int s = m.start(), e = m.end();
        out.add(new Candidate(s, e, 0, r -> {
            Integer y = y1 != null ? Integer.valueOf(y1) : y2 != null ? Integer.valueOf(y2) : null;
            boolean anchored = y == null;
            if (y == null) {
                if (r.anchor == null) return r.unresolved(s, e, TimexType.DATE, "XXXX-" + (half ? "H" : "Q") + n, null);
                y = r.anchor.getYear();
                int current = r.anchor.get(IsoFields.QUARTER_OF_YEAR);
                if (det != null && (det.contains("year-earlier") || det.contains("year-ago") || det.equals("last"))) y--;
                else if (det != null && det.equals("next")) y++;
                else if (!half && n > current) y--; // results for the "fourth quarter" reported in January
            }
            LocalDate d = LocalDate.of(y, half ? (n - 1) * 6 + 1 : (n - 1) * 3 + 1, 1);
            if (!half) r.lastQuarter = d;
            return r.date(s, e, d, half ? Grain.HALF : Grain.QUARTER, null, anchored);
        }));
    }

    private static void referencePeriod(Matcher m, String text, List<Candidate> out) {
        boolean yearAgo = m.group("ya") != null;
        final int s = m.start(), e = m.end();
        if (m.group("py") != null) {
            // "the 1988 quarter": the quarter under discussion, in the year named
            int year = Integer.parseInt(m.group("py"));
            out.add(new Candidate(s, e, 0, r -> r.lastQuarter != null
                    ? r.date(s, e, r.lastQuarter.withYear(year), Grain.QUARTER, null, true)
                    : r.date(s, e, LocalDate.of(year, 1, 1), Grain.YEAR, null, false)));
            return;
        }
        out.add(new Candidate(s, e, 0, r -> {
            // These phrases point back at a reference period; they must not become the reference themselves,
            // or a chain of "a year earlier" would walk back one year per mention.
            LocalDate keptDate = r.lastDate;
            Grain keptGrain = r.lastGrain;
            Timex t = referencePeriodValue(r, s, e, yearAgo);
            r.lastDate = keptDate;
            r.lastGrain = keptGrain;
            return t;
        }));
    }

    private static Timex referencePeriodValue(Resolver r, int s, int e, boolean yearAgo) {
        if (yearAgo) {
            if (r.lastQuarter != null) return r.date(s, e, r.lastQuarter.minusYears(1), Grain.QUARTER, null, true);
            if (r.anchor == null) return null;
            return r.date(s, e, r.anchor.minusYears(1), Grain.YEAR, null, true);
        }
        if (r.lastQuarter != null) return r.date(s, e, r.lastQuarter, Grain.QUARTER, null, true);
        if (r.anchor == null) return null;
        // With no quarter named yet, "the quarter" in a results story is the last completed one.
        return r.date(s, e, r.anchor.minusMonths(3), Grain.QUARTER, null, true);
    }

    private static void spelledYear(Matcher m, String text, List<Candidate> out) {
        String y = m.group("y").toLowerCase(Locale.ROOT);
        if (y.startsWith("two") && m.group("prefix") == null
                && !precededBy(text, m.start(), "in|since|until|by|before|after|of|from|through")) return;
        int year = parseYear(y);
        final int s = m.start(), e = m.end();
        out.add(new Candidate(s, e, 0, r -> r.date(s, e, LocalDate.of(year, 1, 1), Grain.YEAR, null, false)));
    }

    private static void yearEnd(Matcher m, String text, List<Candidate> out) {
        final int s = m.start(), e = m.end();
        out.add(new Candidate(s, e, 0, r -> r.anchor == null ? r.unresolved(s, e, TimexType.DATE, "XXXX", "END")
                : withMod(r, s, e, r.anchor, Grain.YEAR, "END", true)));
    }

    /** "1994", "nineteen ninety-four", "two thousand and one". */
    private static int parseYear(String s) {
        String w = s.toLowerCase(Locale.ROOT).trim().replaceAll("\\s+", " ");
        if (!w.isEmpty() && Character.isDigit(w.charAt(0))) return Integer.parseInt(w);
        if (w.startsWith("two thousand")) {
            String rest = w.substring("two thousand".length()).replace(" and ", " ").trim();
            Double n = rest.isEmpty() ? Double.valueOf(0) : NumberWords.parse(rest);
            return 2000 + (n == null ? 0 : n.intValue());
        }
        int space = w.indexOf(' ');
        int century = w.startsWith("eighteen") ? 1800 : 1900;
        String rest = w.substring(space + 1).replaceFirst("^oh[- ]", "");
        Double n = NumberWords.parse(rest);
        return century + (n == null ? 0 : n.intValue());
    }

    private static void decade(Matcher m, String text, List<Candidate> out) {
        String mod = modOf(m.group("mod"));
        int year;
        Grain g = Grain.DECADE;
        if (m.group("dec") != null) {
            year = Integer.parseInt(m.group("dec"));
        } else if (m.group("short") != null) {
            year = 1900 + Integer.parseInt(m.group("short"));
        } else if (m.group("word") != null) {
            year = 1900 + decadeWord(m.group("word"));
        } else {
            int c = Integer.parseInt(m.group("cent"));
            if (c < 1 || c > 21) return;
            year = (c - 1) * 100;
            g = Grain.CENTURY;
        }
        final int s = m.start(), e = m.end(), yy = year;
        final Grain grain = g;
        out.add(new Candidate(s, e, 0, r -> r.date(s, e, LocalDate.of(yy, 1, 1), grain, mod, false)));
    }

    private static void year(Matcher m, String text, List<Candidate> out) {
        int y = Integer.parseInt(m.group("year"));
        String mod = m.group("mod");
        if (mod == null && m.group("fiscal") == null && !plausibleYear(text, m.start("year"), m.end("year"), y)) return;
        final String tmod = modOf(mod);
        String until = m.group("until");
        if (until != null) {
            // "1990-91", "2019-2021": a span of years (fiscal or seasonal); anything else ("1990-12") is a code
            int last = until.length() == 2 ? y / 100 * 100 + Integer.parseInt(until) : Integer.parseInt(until);
            if (last <= y || last > y + 10) return;
            final int s = m.start(), e = m.end();
            out.add(new Candidate(s, e, 0, r -> r.range(s, e, LocalDate.of(y, 1, 1), LocalDate.of(last, 12, 31), false, Grain.YEAR)));
            return;
        }
        final int s = m.start(), e = m.end();
        out.add(new Candidate(s, e, 0, r -> withMod(r, s, e, LocalDate.of(y, 1, 1), Grain.YEAR, tmod, false)));
    }

    private static void weekday(Matcher m, String text, List<Candidate> out) {
        String rel = lower(m.group("rel"));
        DayOfWeek dow = dayOfWeek(m.group("wd"));
        String part = lower(m.group("part"));
        boolean plural = m.group("plural") != null;
        boolean possessive = m.group("poss") != null;
        // "Good Friday", "Black Monday", "Bloody Sunday" name holidays or events, not the weekday of the story.
        if (m.group("rel") == null && precededBy(text, m.start(), "good|black|easter|palm|ash|holy|bloody|super|cyber|maundy")) return;
        int start = "on".equals(rel) ? m.start("wd") : m.start();
        int end = m.end();
        if (possessive) {
            // "Wednesday's ruling": the extent is the day alone, and the event named is almost always done.
            end = m.end("wd");
            part = null;
        }
        if (plural) {
            if (part != null) end = m.end("plural");
            final int s = start, e = end;
            out.add(new Candidate(s, e, 0, r -> r.unresolved(s, e, TimexType.SET, "XXXX-WXX-" + dow.getValue(), null)));
            return;
        }
        final int s = start, e = end;
        final String relation = possessive && (rel == null || rel.equals("on")) ? "this past or same" : "on".equals(rel) ? null : rel;
        out.add(new Candidate(s, e, 0, r -> {
            String mod = relation == null ? null : switch (relation) {
                case "early", "earlier" -> "START";
                case "late", "later" -> "END";
                default -> null;
            };
            if (r.anchor == null) return r.unresolved(s, e, TimexType.DATE, "XXXX-WXX-" + dow.getValue(), mod);
            // "Friday night" keeps the part of day in its extent but is valued as the day: TempEval's annotators
            // did so more often than not, and two reports of "Friday" and "Friday night" do not disagree on the date.
            return r.date(s, e, resolveWeekday(r, dow, relation, s, e), Grain.DAY, mod, true);
        }));
    }

    private static void deicticDay(Matcher m, String text, List<Candidate> out) {
        final int s = m.start(), e = m.end();
        String ba = lower(m.group("ba"));
        String day = lower(m.group("day"));
        String part = lower(m.group("part") != null ? m.group("part") : m.group("part2"));
        String thisWord = lower(m.group("this"));
        String mod = modOf(m.group("mod"));
        out.add(new Candidate(s, e, 0, r -> {
            int offset;
            String p = part;
            if (ba != null) offset = ba.startsWith("before") ? -2 : 2;
            else if (day != null) {
                offset = switch (day) {
                    case "yesterday" -> -1;
                    case "tomorrow" -> 1;
                    default -> 0;
                };
                if (day.equals("tonight")) p = "night";
            } else {
                offset = switch (thisWord) {
                    case "last" -> p.equals("night") ? -1 : 0;
                    case "yesterday" -> -1;
                    case "tomorrow" -> 1;
                    default -> 0;
                };
            }
            if (r.anchor == null) {
                return r.unresolved(s, e, p == null ? TimexType.DATE : TimexType.TIME, p == null ? "XXXX-XX-XX" : "XXXX-XX-XX" + partOfDay(p), mod);
            }
            LocalDate d = r.anchor.plusDays(offset);
            if (p != null) {
                return new Timex(s, e, r.text.substring(s, e), TimexType.TIME, Grain.DAY.format(d) + partOfDay(p),
                        mod, d, d, false, true, 0);
            }
            return r.date(s, e, d, Grain.DAY, mod, true);
        }));
    }

    private static void relativeDay(Matcher m, String text, List<Candidate> out) {
        String which = lower(m.group("which"));
        String modWord = m.group("mod");
        int offset = which.endsWith("next") || which.endsWith("following") ? 1 : -1;
        final int s = m.start(), e = m.end();
        out.add(new Candidate(s, e, 0, r -> {
            LocalDate base = r.lastGrain == Grain.DAY && r.lastDate != null ? r.lastDate : r.anchor;
            if (base == null) return r.unresolved(s, e, TimexType.DATE, "XXXX-XX-XX", modOf(modWord));
            return r.date(s, e, base.plusDays(offset), Grain.DAY, modOf(modWord), true); // valued as the day, like "Friday night"
        }));
    }

    private static void relativeUnit(Matcher m, String text, List<Candidate> out) {
        String rel = lower(m.group("rel")).replaceAll("\\s+", " ");
        String unit = lower(m.group("unit"));
        String modWord = m.group("mod");
        String seasonYear = m.group("sy");
        if (seasonYear != null && !isSeason(unit)) return;
        if (unit.endsWith(" year")) {
            // "the current fiscal year", "the full year": the year of the report. Plain "the fiscal year" is the
            // twelve-month span the figures cover, which TimeBank writes as P1Y.
            if (rel.equals("the") && unit.startsWith("fiscal")) {
                final int s = m.start(), e = m.end();
                out.add(new Candidate(s, e, 0, r -> new Timex(s, e, r.text.substring(s, e), TimexType.DURATION, "P1Y", null,
                        null, null, false, false, 365)));
                return;
            }
            unit = "year";
            if (rel.equals("the") || rel.equals("the current")) rel = "this";
        }
        if (rel.equals("the") && modWord != null && !isSeason(unit)) rel = "this"; // "the end of the month"
        if (seasonYear != null) {
            final int s = m.start(), e = m.end();
            final int y = parseYear(seasonYear);
            final LocalDate d = LocalDate.of(y, seasonMonth(unit), 1);
            out.add(new Candidate(s, e, 0, r -> withMod(r, s, e, d, Grain.SEASON, modOf(modWord), false)));
            return;
        }
        if (rel.equals("a")) return; // "a summer", "a weekend": indefinite, no particular one
        if (rel.equals("the") && !isSeason(unit) && !unit.equals("weekend")) return;
        if ((rel.equals("the following") || rel.equals("following") || rel.equals("the previous")
                || rel.equals("previous")) && (unit.equals("decade") || unit.equals("century"))) return;
        final int s = m.start(), e = m.end();
        if (rel.equals("past") && modWord == null && grainOf(unit) != null) {
            // "(over the) past decade" measures a span back from now: a duration, not a calendar unit
            String value = periodValue(1, unit);
            double days = daysPer(unit);
            out.add(new Candidate(s, e, 0, r -> new Timex(s, e, r.text.substring(s, e), TimexType.DURATION, value, null,
                    null, null, false, false, days)));
            return;
        }
        final String relation = rel, unitWord = unit;
        out.add(new Candidate(s, e, 0, r -> resolveRelativeUnit(r, s, e, relation, unitWord, modWord)));
    }

    private static void duration(Matcher m, String text, List<Candidate> out) {
        String numText = m.group("num");
        String unit = lower(m.group("unit"));
        String tail = lower(m.group("tail"));
        String dir = lower(m.group("dir"));
        boolean hyphen = m.group("sep").equals("-");
        boolean plural = m.group("plural") != null;
        Double parsed = NumberWords.parse(numText);
        boolean half = m.group("half") != null || m.group("half2") != null;
        Double n = parsed != null && half ? Double.valueOf(parsed + 0.5) : parsed; // "5 1/2 hours", "a minute and a half"
        String numLower = numText.toLowerCase(Locale.ROOT);
        if ((numLower.equals("a") || numLower.equals("an") || numLower.equals("some")) && plural) return;
        // "the 1988 quarter" names a year, not 1,988 quarters
        if (!plural && numText.length() == 4 && parsed != null && parsed >= 1600 && parsed <= 2099) return;
        // "60 Minutes", "24 Hours of Le Mans": a capitalized unit after digits is a title
        if (Character.isUpperCase(m.group("unit").charAt(0)) && Character.isDigit(numText.charAt(0))) return;
        if (dir != null && dir.equals("the") && (numLower.equals("a") || numLower.equals("an"))) return;
        if (numLower.equals("some") && dir == null && m.group("mod") == null) return;
        int start = m.start();
        int end = m.end();
        // "a 90-day truce": the article belongs to the noun phrase, not to the duration.
        if (hyphen && dir != null && (dir.equals("the") || dir.equals("a"))) start = m.start("num");
        if (hyphen && m.group("mod") == null && (numLower.equals("a") || numLower.equals("an"))) return;
        if (tail != null && tail.equals("old")) return;
        // "three-quarters of", "a quarter of", "a second time", "a night out": fractions and counts, not spans.
        if (unit.equals("quarter") && (hyphen || numLower.equals("a") || numLower.equals("an"))) return;
        if ((unit.equals("second") || unit.equals("night")) && (numLower.equals("a") || numLower.equals("an"))) return;
        int unitEnd = m.end("plural") >= 0 ? m.end("plural") : m.end("unit");
        if (hyphen && tail != null) {
            end = unitEnd;
            tail = null;
        }
        if (tail != null && (tail.equals("before") || tail.equals("after"))) {
            // "13 days after the attack": TimeML tags the span; the anchor event is not a date we can resolve.
            end = unitEnd;
            tail = null;
        }
        if (tail != null && (tail.equals("later") || tail.equals("earlier"))
                && (unit.equals("hour") || unit.equals("minute") || unit.equals("second"))) {
            tail = null; // "an hour later" measures a gap within one day
        }
        if (tail != null && tail.equals("ago") && m.group("mod") != null) {
            tail = null; // "more than four decades ago", "about two years ago": TimeBank marks the length
        }
        final String tailWord = tail;
        final int s = start, e = end;
        final String mod = durationMod(m.group("mod"), dir);
        final String dirWord = dir;
        out.add(new Candidate(s, e, 0, r -> buildDuration(r, s, e, n, unit, tailWord, mod, dirWord)));
    }

    private static void set(Matcher m, String text, List<Candidate> out) {
        final int s = m.start(), e = m.end();
        String value;
        // "average daily volume" is a rate statistic, not a recurrence
        if (m.group("adverb") != null && precededBy(text, s, "average")) return;
        if (m.group("adverb") != null) {
            value = switch (lower(m.group("adverb"))) {
                case "daily", "nightly" -> "P1D";
                case "weekly" -> "P1W";
                case "biweekly", "fortnightly" -> "P2W";
                case "monthly" -> "P1M";
                case "quarterly" -> "P3M";
                case "hourly" -> "PT1H";
                default -> "P1Y";
            };
        } else if (m.group("freq") != null) {
            value = periodValue(1, lower(m.group("funit")));
        } else {
            String unit = m.group("unit");
            int every = m.group("other") != null ? 2 : 1;
            if (unit.matches(WEEKDAY)) value = "XXXX-WXX-" + dayOfWeek(unit).getValue();
            else if (unit.matches(MONTH_FULL)) value = String.format("XXXX-%02d", monthNumber(unit));
            else {
                String u = lower(unit);
                value = switch (u) {
                    case "morning" -> "XXXX-XX-XXTMO";
                    case "evening" -> "XXXX-XX-XXTEV";
                    case "night" -> "XXXX-XX-XXTNI";
                    case "weekend" -> "XXXX-WXX-WE";
                    case "summer" -> "XXXX-SU";
                    case "winter" -> "XXXX-WI";
                    case "spring" -> "XXXX-SP";
                    case "fall", "autumn" -> "XXXX-FA";
                    case "quarter" -> "P" + every + "Q";
                    default -> periodValue(every, u);
                };
            }
        }
        final String v = value;
        out.add(new Candidate(s, e, 0, r -> r.unresolved(s, e, TimexType.SET, v, null)));
    }

    private static void referenceWord(Matcher m, String text, List<Candidate> out) {
        final int s = m.start(), e = m.end();
        String value = m.group("present") != null ? "PRESENT_REF" : m.group("past") != null ? "PAST_REF" : "FUTURE_REF";
        out.add(new Candidate(s, e, 0, r -> {
            if (value.equals("PRESENT_REF") && r.anchor != null) {
                return new Timex(s, e, r.text.substring(s, e), TimexType.DATE, value, null, r.anchor, r.anchor, false, true, 0);
            }
            return r.unresolved(s, e, TimexType.DATE, value, null);
        }));
    }

    private static void quarterCode(Matcher m, String text, List<Candidate> out) {
        boolean half = "H".equals(m.group("kind"));
        int n = Integer.parseInt(m.group("n") != null ? m.group("n") : m.group("n2"));
        if (half && n > 2) return;
        Integer year = m.group("y") != null ? Integer.valueOf(m.group("y"))
                : m.group("yy") != null ? Integer.valueOf(2000 + Integer.parseInt(m.group("yy"))) : null;
        if (m.group("n2") != null && year == null) return; // "3Q" alone is too often a label
        final int s = m.start(), e = m.end();
        out.add(new Candidate(s, e, 0, r -> {
            Integer y = year;
            if (y == null) {
                if (r.anchor == null) return r.unresolved(s, e, TimexType.DATE, "XXXX-" + (half ? "H" : "Q") + n, null);
                y = r.anchor.getYear();
                if (!half && n > r.anchor.get(IsoFields.QUARTER_OF_YEAR)) y--; // "Q4" results published in January
            }
            LocalDate d = LocalDate.of(y, half ? (n - 1) * 6 + 1 : (n - 1) * 3 + 1, 1);
            if (!half) r.lastQuarter = d;
            return r.date(s, e, d, half ? Grain.HALF : Grain.QUARTER, null, year == null);
        }));
    }

    private static void season(Matcher m, String text, List<Candidate> out) {
        String season = lower(m.group("season"));
        String year = m.group("y");
        String mod = m.group("mod");
        if (year == null) {
            // "prices fall", "hot spring": a bare season word needs a preposition before it or a year after it.
            if (season.equals("fall")) return;
            if (mod == null && !precededBy(text, m.start(), "in|during|by|until|till|since|through|throughout|over|before|after")) return;
        }
        final int s = m.start(), e = m.end();
        out.add(new Candidate(s, e, 0, r -> {
            Integer y = year != null ? Integer.valueOf(year) : r.anchor != null ? Integer.valueOf(r.anchor.getYear()) : null;
            if (y == null) return r.unresolved(s, e, TimexType.DATE, "XXXX-" + seasonCode(season), modOf(mod));
            return withMod(r, s, e, LocalDate.of(y, seasonMonth(season), 1), Grain.SEASON, modOf(mod), year == null);
        }));
    }

    private static String seasonCode(String season) {
        return switch (season) {
            case "spring" -> "SP";
            case "summer" -> "SU";
            case "winter" -> "WI";
            default -> "FA";
        };
    }

    private static void vagueSpan(Matcher m, String text, List<Candidate> out) {
        if (m.group("lunit") != null) {
            // "day-long" lasts one day; "decades-long" an unstated number of them
            String unit = lower(m.group("lunit"));
            Integer count = m.group("lplural") == null ? Integer.valueOf(1) : null;
            String value = periodValue(count, unit);
            double days = count == null ? 0 : daysPer(unit);
            final int s = m.start(), e = m.end();
            out.add(new Candidate(s, e, 0, r -> new Timex(s, e, r.text.substring(s, e), TimexType.DURATION, value, null,
                    null, null, false, false, days)));
            return;
        }
        String unit = lower(m.group("unit"));
        String singular = unit.equals("centuries") ? "century" : unit.substring(0, unit.length() - 1);
        String value = periodValue(null, singular);
        final int s = m.start(), e = m.end();
        out.add(new Candidate(s, e, 0, r -> new Timex(s, e, r.text.substring(s, e), TimexType.DURATION, value, null,
                null, null, false, false, 0)));
    }

    private static void recentSpan(Matcher m, String text, List<Candidate> out) {
        String unit = lower(m.group("unit"));
        String value = periodValue(null, unit.substring(0, unit.length() - 1));
        final int s = m.start(), e = m.end();
        out.add(new Candidate(s, e, 0, r -> new Timex(s, e, r.text.substring(s, e), TimexType.DURATION, value, null,
                null, null, false, false, 0)));
    }

    private static void fiscalSpanOrCurrent(Matcher m, String text, List<Candidate> out) {
        final int s = m.start(), e = m.end();
        if (m.group("current") != null) {
            out.add(new Candidate(s, e, 0, r -> new Timex(s, e, r.text.substring(s, e), TimexType.DATE, "PRESENT_REF", null,
                    r.anchor, r.anchor, false, r.anchor != null, 0)));
            return;
        }
        String unit = lower(m.group("unit"));
        String value = switch (unit) {
            case "quarter" -> "P3M";
            case "half" -> "P6M";
            default -> "P1Y";
        };
        double days = unit.equals("year") ? 365 : unit.equals("half") ? 182 : 91;
        out.add(new Candidate(s, e, 0, r -> new Timex(s, e, r.text.substring(s, e), TimexType.DURATION, value, null,
                null, null, false, false, days)));
    }

    private static void holiday(Matcher m, String text, List<Candidate> out) {
        final int s = m.start(), e = m.end();
        String name = m.group("name").toLowerCase(Locale.ROOT);
        out.add(new Candidate(s, e, 0, r -> {
            if (r.anchor == null) return null;
            LocalDate best = null;
            for (int y = r.anchor.getYear() - 1; y <= r.anchor.getYear() + 1; y++) {
                LocalDate d = holidayIn(name, y);
                if (best == null || Math.abs(d.toEpochDay() - r.anchor.toEpochDay()) < Math.abs(best.toEpochDay() - r.anchor.toEpochDay())) best = d;
            }
            return r.date(s, e, best, Grain.DAY, null, true);
        }));
    }

    // ---- resolution helpers -----------------------------------------------------------------------------------

    /** Year for a month-day without one: the coming one for future cues, the past one for past cues, else the nearest. */
    private static LocalDate dayOf(Resolver r, String year, int month, int day, int s, int e) {
        if (year != null) return LocalDate.of(Integer.parseInt(year), month, day);
        // no publication date: the year of the last date stated with one, as a reader would take it
        if (r.anchor == null) return r.statedYear == null ? null : safeDate(r.statedYear, month, day);
        LocalDate same = safeDate(r.anchor.getYear(), month, day);
        LocalDate prev = safeDate(r.anchor.getYear() - 1, month, day);
        LocalDate next = safeDate(r.anchor.getYear() + 1, month, day);
        if (same == null) return null;
        // Nearest occurrence, unless a clear tense cue says the date lies on the other side of the anchor.
        LocalDate nearest = same;
        for (LocalDate c : new LocalDate[]{prev, next}) {
            if (c != null && Math.abs(c.toEpochDay() - r.anchor.toEpochDay()) < Math.abs(nearest.toEpochDay() - r.anchor.toEpochDay())) nearest = c;
        }
        long diff = nearest.toEpochDay() - r.anchor.toEpochDay();
        if (Math.abs(diff) > 120) {
            TenseCue cue = r.cue(s, e);
            if (cue == TenseCue.PAST && diff > 0) return nearest.minusYears(1);
            if (cue == TenseCue.FUTURE && diff < 0) return nearest.plusYears(1);
        }
        return nearest;
    }

    private static LocalDate safeDate(int y, int m, int d) {
        if (d > java.time.YearMonth.of(y, m).lengthOfMonth()) return null;
        return LocalDate.of(y, m, d);
    }

    private static LocalDate resolveWeekday(Resolver r, DayOfWeek dow, String rel, int s, int e) {
        LocalDate a = r.anchor;
        if (rel != null) {
            switch (rel) {
                case "next":
                    // "next Thursday" is the Thursday of the following week.
                    return a.with(TemporalAdjusters.next(DayOfWeek.SUNDAY)).with(TemporalAdjusters.nextOrSame(dow));
                case "last", "past", "previous", "this past":
                    return a.with(TemporalAdjusters.previous(dow));
                case "coming", "this coming":
                    return a.with(TemporalAdjusters.next(dow));
                case "this past or same":
                    return a.with(TemporalAdjusters.previousOrSame(dow));
                default:
                    break;
            }
        }
        TenseCue cue = r.cue(s, e);
        if ("this".equals(rel)) {
            if (cue == TenseCue.PAST) return a.with(TemporalAdjusters.previousOrSame(dow));
            return a.with(TemporalAdjusters.nextOrSame(dow));
        }
        if (cue == TenseCue.FUTURE) return a.with(TemporalAdjusters.nextOrSame(dow));
        // Past cue or none: TempEval news mentions bare weekdays mostly for the past week (incl. the day itself).
        return a.with(TemporalAdjusters.previousOrSame(dow));
    }

    private static LocalDate deicticOrWeekday(Resolver r, String word, int s, int e) {
        String w = word.toLowerCase(Locale.ROOT);
        return switch (w) {
            case "today", "tonight" -> r.anchor;
            case "yesterday" -> r.anchor.minusDays(1);
            case "tomorrow" -> r.anchor.plusDays(1);
            default -> resolveWeekday(r, dayOfWeek(word), null, s, e);
        };
    }

    private static Timex resolveRelativeUnit(Resolver r, int s, int e, String rel, String unit, String modWord) {
        String mod = modOf(modWord);
        boolean season = isSeason(unit);
        if (rel.equals("the") && unit.equals("weekend")) {
            if (r.anchor == null) return r.unresolved(s, e, TimexType.DATE, "XXXX-WXX-WE", mod);
            LocalDate sat = r.anchor.with(TemporalAdjusters.previousOrSame(DayOfWeek.SATURDAY));
            if (r.cue(s, e) == TenseCue.FUTURE) sat = r.anchor.with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY));
            return weekendOf(r, s, e, sat, mod);
        }
        // Relative to the last mentioned date rather than the publication date.
        if (rel.equals("the following") || rel.equals("following") || rel.equals("the previous") || rel.equals("that")
                || rel.equals("the same")) {
            if (r.lastDate == null || season) return null;
            int step = rel.endsWith("following") ? 1 : rel.endsWith("previous") ? -1 : 0;
            Grain g = grainOf(unit);
            if (g == null) return null;
            return r.date(s, e, shift(r.lastDate, g, step), g, mod, true);
        }
        if (r.anchor == null) {
            return r.unresolved(s, e, TimexType.DATE, "XXXX", mod);
        }
        LocalDate a = r.anchor;
        if (season) {
            int sm = seasonMonth(unit);
            int y = a.getYear();
            LocalDate thisOne = LocalDate.of(sm == 12 ? (a.getMonthValue() <= 2 ? y - 1 : y) : y, sm, 1);
            LocalDate d = switch (rel) {
                case "last" -> thisOne.minusYears(1);
                case "next" -> thisOne.plusYears(1);
                case "this past", "past", "previous" -> thisOne.isAfter(a) ? thisOne.minusYears(1) : thisOne;
                case "this coming", "coming" -> thisOne.isBefore(a.withDayOfMonth(1)) ? thisOne.plusYears(1) : thisOne;
                default -> thisOne;
            };
            return r.date(s, e, d, Grain.SEASON, mod, true);
        }
        if (unit.equals("weekend")) {
            LocalDate sat = switch (rel) {
                case "last", "past", "this past", "previous" -> a.minusDays(1).with(TemporalAdjusters.previous(DayOfWeek.SATURDAY));
                case "next", "coming", "this coming" -> a.with(TemporalAdjusters.next(DayOfWeek.SATURDAY));
                default -> a.getDayOfWeek() == DayOfWeek.SUNDAY ? a.minusDays(1) : a.with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY));
            };
            return weekendOf(r, s, e, sat, mod);
        }
        Grain g = grainOf(unit);
        if (g == null) return null;
        int step = switch (rel) {
            case "last", "past", "previous", "this past", "earlier last", "later last" -> -1;
            case "next", "coming", "this coming", "earlier next", "later next" -> 1;
            default -> 0;
        };
        if (rel.equals("past") || rel.equals("previous")) {
            // "the past week" style is a duration in TimeML; without the article it is still last week.
            step = -1;
        }
        // On a Sunday, "later this week" and a future "this week" mean the days to come, i.e. the next ISO week.
        if (g == Grain.WEEK && step == 0 && a.getDayOfWeek() == DayOfWeek.SUNDAY
                && (rel.equals("later this") || (rel.equals("this") && r.cue(s, e) == TenseCue.FUTURE))) {
            LocalDate coming = a.plusDays(1);
            return r.date(s, e, coming, Grain.WEEK, modOf(modWord), true, coming, Grain.WEEK.last(coming));
        }
        LocalDate d = shift(a, g, step);
        LocalDate first = g.first(d), last = g.last(d);
        if (rel.startsWith("earlier") && step == 0) {
            mod = "START";
            last = a;
        } else if (rel.startsWith("later") && step == 0) {
            mod = "END";
            first = a.plusDays(1).isAfter(last) ? last : a.plusDays(1);
        } else if (rel.startsWith("earlier")) {
            mod = "START";
        } else if (rel.startsWith("later")) {
            mod = "END";
        }
        if (mod != null && first.equals(g.first(d)) && last.equals(g.last(d))) {
            LocalDate[] part = partOf(first, last, mod);
            first = part[0];
            last = part[1];
        }
        boolean isCurrent = rel.equals("current") || rel.equals("the current");
        if (isCurrent && g != Grain.YEAR && g != Grain.QUARTER && g != Grain.MONTH) return null;
        return r.date(s, e, d, g, mod, true, first, last);
    }

    private static Timex weekendOf(Resolver r, int s, int e, LocalDate saturday, String mod) {
        String v = Grain.WEEK.format(saturday) + "-WE";
        r.lastDate = saturday;
        r.lastGrain = Grain.WEEK;
        return new Timex(s, e, r.text.substring(s, e), TimexType.DATE, v, mod, saturday, saturday.plusDays(1), false, true, 0);
    }

    private static Timex withMod(Resolver r, int s, int e, LocalDate d, Grain g, String mod, boolean anchored) {
        LocalDate first = g.first(d), last = g.last(d);
        if (mod != null) {
            LocalDate[] part = partOf(first, last, mod);
            first = part[0];
            last = part[1];
        }
        return r.date(s, e, d, g, mod, anchored, first, last);
    }

    /** Thirds of an interval for early/mid/late; "late September" is 09-21..09-30. */
    private static LocalDate[] partOf(LocalDate first, LocalDate last, String mod) {
        long days = last.toEpochDay() - first.toEpochDay() + 1;
        long third = days / 3;
        return switch (mod) {
            case "START" -> new LocalDate[]{first, first.plusDays(third - 1)};
            case "MID" -> new LocalDate[]{first.plusDays(third), last.minusDays(days - 2 * third)};
            case "END" -> new LocalDate[]{last.minusDays(days - 2 * third - 1), last};
            default -> new LocalDate[]{first, last};
        };
    }

    private static Timex buildDuration(Resolver r, int s, int e, Double n, String unit, String tail, String mod, String dir) {
        String text = r.text.substring(s, e);
        if (tail != null && (tail.equals("ago") || tail.equals("earlier") || tail.equals("later") || tail.equals("before")
                || tail.equals("after") || tail.equals("from now"))) {
            boolean back = tail.equals("ago") || tail.equals("earlier") || tail.equals("before");
            LocalDate base = (tail.equals("ago") || tail.equals("from now")) ? r.anchor : (r.lastDate != null ? r.lastDate : r.anchor);
            if (base == null || n == null || n != Math.floor(n)) {
                return r.unresolved(s, e, TimexType.DATE, back ? "PAST_REF" : "FUTURE_REF", mod);
            }
            int k = (int) Math.round(n) * (back ? -1 : 1);
            Grain g;
            LocalDate d;
            switch (unit) {
                case "day", "night" -> { g = Grain.DAY; d = base.plusDays(k); }
                // "six weeks ago" names a week; "two weeks later" counts from a known day and lands on a day
                case "week" -> { g = tail.equals("ago") ? Grain.WEEK : Grain.DAY; d = base.plusWeeks(k); }
                case "fortnight" -> { g = Grain.DAY; d = base.plusWeeks(2L * k); }
                case "month" -> { g = Grain.MONTH; d = base.plusMonths(k); }
                case "quarter" -> { g = Grain.QUARTER; d = base.plusMonths(3L * k); }
                case "year" -> { g = Grain.YEAR; d = base.plusYears(k); }
                case "decade" -> { g = Grain.YEAR; d = base.plusYears(10L * k); }
                default -> {
                    return r.unresolved(s, e, TimexType.DATE, back ? "PAST_REF" : "FUTURE_REF", mod);
                }
            }
            return r.date(s, e, d, g, mod, true);
        }
        String value = periodValue(n, unit);
        double days = n == null ? 0 : n * daysPer(unit);
        return new Timex(s, e, text, TimexType.DURATION, value, mod, null, null, false, false, days);
    }

    private static String periodValue(Number count, String unit) {
        String n;
        if (count == null) n = "X";
        else {
            double c = count.doubleValue();
            if (c != Math.floor(c)) {
                String split = splitFraction(c, unit);
                if (split != null) return split;
            }
            n = c == Math.floor(c) ? String.valueOf((long) c) : String.valueOf(c);
        }
        return switch (unit) {
            case "year" -> "P" + n + "Y";
            case "month" -> "P" + n + "M";
            case "week" -> "P" + n + "W";
            case "day", "night" -> "P" + n + "D";
            case "fortnight" -> count == null ? "PXW" : "P" + (long) (count.doubleValue() * 2) + "W";
            case "hour" -> "PT" + n + "H";
            case "minute" -> "PT" + n + "M";
            case "second" -> "PT" + n + "S";
            case "decade" -> count == null ? "PXE" : "P" + (long) (count.doubleValue() * 10) + "Y";
            case "century", "centurie" -> count == null ? "PXC" : "P" + (long) (count.doubleValue() * 100) + "Y";
            case "quarter" -> count == null ? "PXQ" : "P" + (long) (count.doubleValue() * 3) + "M";
            default -> "PX";
        };
    }

    /** TimeML writes "2 1/2 years" as P2Y6M and "5 1/2 hours" as PT5H30M: the fraction moves to the next unit. */
    private static String splitFraction(double c, String unit) {
        long whole = (long) Math.floor(c);
        double rest = c - whole;
        return switch (unit) {
            case "year" -> "P" + whole + "Y" + Math.round(rest * 12) + "M";
            case "month" -> "P" + whole + "M" + Math.round(rest * 30) + "D";
            case "day" -> "P" + whole + "DT" + Math.round(rest * 24) + "H";
            case "hour" -> "PT" + whole + "H" + Math.round(rest * 60) + "M";
            case "minute" -> "PT" + whole + "M" + Math.round(rest * 60) + "S";
            default -> null;
        };
    }

    /** Mean Gregorian lengths: "nearly 17 months" must allow 514 days, which 30-day months would not. */
    private static double daysPer(String unit) {
        return switch (unit) {
            case "year" -> 365.25;
            case "month" -> 30.44;
            case "week" -> 7;
            case "fortnight" -> 14;
            case "day", "night" -> 1;
            case "hour" -> 1.0 / 24;
            case "minute" -> 1.0 / 1440;
            case "second" -> 1.0 / 86400;
            case "decade" -> 3652.5;
            case "century", "centurie" -> 36525;
            case "quarter" -> 91.31;
            default -> 0;
        };
    }

    private static String durationMod(String mod, String dir) {
        if (mod != null) {
            String m = mod.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
            return switch (m) {
                case "about", "around", "approximately", "roughly", "some" -> "APPROX";
                case "nearly", "almost", "less than", "under" -> "LESS_THAN";
                case "more than", "over" -> "MORE_THAN";
                case "at least" -> "EQUAL_OR_MORE";
                case "up to", "no more than", "within" -> "EQUAL_OR_LESS";
                default -> null;
            };
        }
        return null;
    }

    private static String modOf(String word) {
        if (word == null) return null;
        String w = word.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        if (w.startsWith("early") || w.startsWith("earlier") || w.contains("beginning") || w.contains("start")) return "START";
        if (w.startsWith("mid") || w.contains("middle")) return "MID";
        if (w.startsWith("late") || w.contains("end")) return "END";
        if (w.equals("pre")) return "BEFORE";
        if (w.equals("post")) return "AFTER";
        if (w.startsWith("about") || w.startsWith("around") || w.startsWith("approx") || w.startsWith("shortly") || w.startsWith("just")) return "APPROX";
        return null;
    }

    private static Grain grainOf(String unit) {
        return switch (unit) {
            case "week" -> Grain.WEEK;
            case "month" -> Grain.MONTH;
            case "year" -> Grain.YEAR;
            case "quarter" -> Grain.QUARTER;
            case "decade" -> Grain.DECADE;
            case "century" -> Grain.CENTURY;
            default -> null;
        };
    }

    private static LocalDate shift(LocalDate d, Grain g, int step) {
        return switch (g) {
            case DAY -> d.plusDays(step);
            case WEEK -> d.plusWeeks(step);
            case MONTH -> d.plusMonths(step);
            case QUARTER, SEASON -> d.plusMonths(3L * step);
            case HALF -> d.plusMonths(6L * step);
            case YEAR -> d.plusYears(step);
            case DECADE -> d.plusYears(10L * step);
            case CENTURY -> d.plusYears(100L * step);
        };
    }

    private static boolean isSeason(String unit) {
        return unit.equals("spring") || unit.equals("summer") || unit.equals("fall") || unit.equals("autumn") || unit.equals("winter");
    }

    private static int seasonMonth(String unit) {
        return switch (unit) {
            case "spring" -> 3;
            case "summer" -> 6;
            case "fall", "autumn" -> 9;
            default -> 12;
        };
    }

    private static String partOfDay(String part) {
        return switch (part) {
            case "morning" -> "TMO";
            case "afternoon" -> "TAF";
            case "evening" -> "TEV";
            default -> "TNI";
        };
    }

    private static LocalDate holidayIn(String name, int y) {
        if (name.startsWith("christmas")) return LocalDate.of(y, 12, name.endsWith("eve") ? 24 : 25);
        if (name.startsWith("new year")) return name.endsWith("eve") ? LocalDate.of(y, 12, 31) : LocalDate.of(y, 1, 1);
        if (name.startsWith("thanksgiving")) return LocalDate.of(y, 11, 1).with(TemporalAdjusters.dayOfWeekInMonth(4, DayOfWeek.THURSDAY));
        if (name.startsWith("halloween")) return LocalDate.of(y, 10, 31);
        if (name.startsWith("valentine")) return LocalDate.of(y, 2, 14);
        if (name.startsWith("independence")) return LocalDate.of(y, 7, 4);
        if (name.startsWith("labor")) return LocalDate.of(y, 9, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY));
        if (name.startsWith("election")) {
            // US general election: the Tuesday after the first Monday in November
            return LocalDate.of(y, 11, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY)).plusDays(1);
        }
        if (name.startsWith("memorial")) return LocalDate.of(y, 5, 31).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY));
        return easter(y);
    }

    /** Anonymous Gregorian algorithm (Meeus/Jones/Butcher). */
    private static LocalDate easter(int y) {
        int a = y % 19, b = y / 100, c = y % 100, d = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30, i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31, day = ((h + l - 7 * m + 114) % 31) + 1;
        return LocalDate.of(y, month, day);
    }

    // ---- lexical guards ---------------------------------------------------------------------------------------

    /** A four-digit number is a year unless it reads as a quantity ("1,200", "2000 troops" stays a year). */
    private static boolean plausibleYear(String text, int start, int end, int y) {
        if (y < 1700 || y > 2099) return false;
        // "$1990", "No. 1990", "#1990" and "1990 million" are amounts or labels.
        String after = text.substring(end, Math.min(text.length(), end + 12)).toLowerCase(Locale.ROOT);
        if (after.matches("^\\s*(?:million|billion|thousand|points?|feet|meters|metres|miles|km|kg|tons?|votes|yards|hp|cc)\\b.*")) return false;
        String before = text.substring(Math.max(0, start - 5), start).toLowerCase(Locale.ROOT);
        if (before.endsWith("no. ") || before.endsWith("$") || before.endsWith("# ")) return false;
        return true;
    }

    /** Whether only spaces or a list bullet stand between the line's start and {@code start}. */
    private static boolean opensLine(String text, int start) {
        for (int i = start - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if (c == '\n') return true;
            if (!Character.isWhitespace(c) && c != '-' && c != '*' && c != '\u2022') return false;
        }
        return true;
    }

    /** Whether a date is a line's heading: nothing but punctuation beside it on its line. */
    private static boolean holdsLine(String text, int start, int end) {
        if (!opensLine(text, start)) return false;
        for (int i = end; i < text.length() && text.charAt(i) != '\n'; i++) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) return false;
        }
        return true;
    }

    private static boolean precededBy(String text, int start, String wordsRegex) {
        int i = start - 1;
        while (i >= 0 && Character.isWhitespace(text.charAt(i))) i--;
        int j = i;
        while (j >= 0 && Character.isLetter(text.charAt(j))) j--;
        if (j == i) return false;
        String word = text.substring(j + 1, i + 1).toLowerCase(Locale.ROOT);
        return word.matches(wordsRegex);
    }

    /** "June Carter", "August Wilson": a month name followed by a capitalized word is likely a person's name. */
    private static boolean followedByCapitalizedName(String text, int end) {
        if (end + 1 >= text.length() || text.charAt(end) != ' ') return false;
        char c = text.charAt(end + 1);
        if (!Character.isUpperCase(c)) return false;
        int j = end + 1;
        while (j < text.length() && Character.isLetter(text.charAt(j))) j++;
        String next = text.substring(end + 1, j);
        return !next.matches(WEEKDAY) && !next.equals("I");
    }

    private static String lower(String s) {
        return s == null ? null : s.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }

    private static int monthNumber(String name) {
        return MONTHS.get(name.substring(0, 3));
    }

    private static int dayNumber(String s) {
        return Integer.parseInt(s.replaceAll("[^0-9]", ""));
    }

    private static int ordinalNumber(String s) {
        return switch (s.toLowerCase(Locale.ROOT)) {
            case "first", "1st" -> 1;
            case "second", "2nd" -> 2;
            case "third", "3rd" -> 3;
            default -> 4;
        };
    }

    private static int decadeWord(String w) {
        return switch (w.toLowerCase(Locale.ROOT)) {
            case "twenties" -> 20;
            case "thirties" -> 30;
            case "forties" -> 40;
            case "fifties" -> 50;
            case "sixties" -> 60;
            case "seventies" -> 70;
            case "eighties" -> 80;
            default -> 90;
        };
    }

    private static DayOfWeek dayOfWeek(String name) {
        return DayOfWeek.valueOf(name.toUpperCase(Locale.ROOT).replaceAll("[^A-Z]", ""));
    }
}
