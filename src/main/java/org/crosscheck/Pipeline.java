package org.crosscheck;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.crosscheck.check.CheckResult;
import org.crosscheck.check.Checker;
import org.crosscheck.check.RuleException;
import org.crosscheck.check.RuleSet;
import org.crosscheck.extract.Mention;
import org.crosscheck.extract.MentionExtractor;
import org.crosscheck.ingest.Article;
import org.crosscheck.ingest.Corpus;
import org.crosscheck.ingest.CorpusReader;
import org.crosscheck.ingest.InputException;
import org.crosscheck.normalize.ClaimNormalizer;
import org.crosscheck.normalize.Claims;
import org.crosscheck.origin.OriginDetector;
import org.crosscheck.origin.Origins;
import org.crosscheck.report.Report;
import org.crosscheck.rulecache.CompiledRules;

/** The whole run, stage by stage: ingest, origins, extract, normalize, check; the report is what comes out. */
public final class Pipeline {

    private final RuleSet rules;

    public Pipeline(RuleSet rules) {
        this.rules = rules;
    }

    /**
     * Compiles the rules in {@code rulesFolder} once (or loads them precompiled, while the files are unchanged); the
     * pipeline can then check many inputs.
     */
    public static Pipeline withRules(Path rulesFolder) throws RuleException {
        return new Pipeline(CompiledRules.configured().load(rulesFolder));
    }

    public Report run(List<Path> inputs) throws InputException {
        return run(new CorpusReader().read(inputs));
    }

    public Report run(Corpus corpus) {
        return check(corpus, claimsOf(corpus), rules);
    }

    /**
     * Reads and checks the inputs while the rules compile on another thread: for a pre-publish check the
     * rule compilation is most of the wall time, and reading and extracting need none of it.
     */
    public static Report run(Path rulesFolder, List<Path> inputs) throws InputException, RuleException {
        CompletableFuture<RuleSet> rules = rulesInBackground(rulesFolder);
        Corpus corpus = new CorpusReader().read(inputs);
        return check(corpus, claimsOf(corpus), rules);
    }

    /** As {@link #run(Path, List)} for articles already read (a draft and its coverage): extraction overlaps the rules. */
    public static Report run(Path rulesFolder, Corpus corpus) throws RuleException {
        CompletableFuture<RuleSet> rules = rulesInBackground(rulesFolder);
        return check(corpus, claimsOf(corpus), rules);
    }

    private static CompletableFuture<RuleSet> rulesInBackground(Path rulesFolder) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return CompiledRules.configured().load(rulesFolder);
            } catch (RuleException e) {
                throw new CompletionException(e);
            }
        });
    }

    private static Report check(Corpus corpus, Claims claims, CompletableFuture<RuleSet> rules) throws RuleException {
        try {
            return check(corpus, claims, rules.join());
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuleException re) {
                throw re;
            }
            throw e;
        }
    }

    /**
     * Version of extraction: mentions stored by an earlier version must be extracted again. Raise it whenever
     * extraction, frames or their lexicons change what an article yields.
     */
    public static final String EXTRACTION_VERSION = "3";

    /**
     * The mentions of one article. Extraction depends on the article alone (its text and publication date),
     * so a store can keep them per article and {@link #check(Corpus, Map)} them later with other articles.
     */
    public static List<Mention> extract(Article article) {
        return new MentionExtractor().extract(article.id(), article.text(), article.published());
    }

    /**
     * Checks articles whose mentions were extracted earlier, keyed by article id; gives the same report as
     * {@link #run(Corpus)} on the same articles. Mentions are re-labelled with their article's id, so ones
     * stored under another id can be used as they are.
     */
    public Report check(Corpus corpus, Map<String, List<Mention>> mentionsByArticle) {
        Map<String, List<Mention>> mentions = new LinkedHashMap<>();
        for (Article a : corpus.articles()) {
            List<Mention> stored = mentionsByArticle.get(a.id());
            mentions.put(a.id(), stored == null ? extract(a) : stored.stream().map(m -> m.withArticle(a.id())).toList());
        }
        return check(corpus, new ClaimNormalizer().normalize(corpus.articles(), mentions), rules);
    }

    private static Claims claimsOf(Corpus corpus) {
        MentionExtractor extractor = new MentionExtractor();
        Map<String, List<Mention>> mentions = new LinkedHashMap<>();
        for (Article a : corpus.articles()) {
            mentions.put(a.id(), extractor.extract(a.id(), a.text(), a.published()));
        }
        return new ClaimNormalizer().normalize(corpus.articles(), mentions);
    }

    private static Report check(Corpus corpus, Claims claims, RuleSet rules) {
        Origins origins = new OriginDetector().detect(corpus.articles());
        CheckResult result = new Checker(rules).check(claims, origins);
        return new Report(corpus.articles(), claims.claims(), result.findings(), rules.rules(), corpus.warnings(), result.problems(),
                List.of(), result.updates(), origins);
    }

    public RuleSet rules() {
        return rules;
    }
}
