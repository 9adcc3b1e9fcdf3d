package org.crosscheck.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** The readable text of one file and the source and date it declares about itself, by format. */
record ArticleText(String text, String source, LocalDate published, String note) {

    ArticleText(String text, String source, LocalDate published) {
        this(text, source, published, null);
    }

    /** A date found inside an article, or why it was ignored. */
    private record Dated(LocalDate date, String note) {
        static final Dated NONE = new Dated(null, null);
    }

    /**
     * A bad date in an article's own metadata costs only the date, not the article: the text is still checked
     * (relative dates stay unresolved) and the user is told. A bad date in the manifest, which the user wrote
     * for this tool, is still an error.
     */
    private static Dated date(String value, String where) {
        try {
            return new Dated(PublicationDate.parse(value, where), null);
        } catch (InputException e) {
            return new Dated(null, e.getMessage() + "; read without a publication date");
        }
    }


    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern FRONT_MATTER = Pattern.compile("\\A---\\R(.*?)\\R---\\R?", Pattern.DOTALL);
    private static final Pattern FIELD = Pattern.compile("(?m)^\\s*([A-Za-z_]+)\\s*:\\s*\"?([^\"\\r\\n]*)\"?\\s*$");

    static ArticleText parse(String extension, String raw, String file) throws InputException {
        return switch (extension) {
            case "html", "htm" -> html(raw, file);
            case "json" -> json(raw, file);
            default -> plain(raw, file);
        };
    }

    /** Plain text and Markdown; YAML-style front matter (source:, published:/date:) is metadata, not text. */
    private static ArticleText plain(String raw, String file) throws InputException {
        Matcher m = FRONT_MATTER.matcher(raw);
        if (!m.find()) {
            return new ArticleText(raw, null, null);
        }
        String source = null;
        Dated published = Dated.NONE;
        Matcher f = FIELD.matcher(m.group(1));
        while (f.find()) {
            String key = f.group(1).toLowerCase(java.util.Locale.ROOT);
            String value = f.group(2).strip();
            if (value.isEmpty()) {
                continue;
            }
            switch (key) {
                case "source", "publisher", "site", "outlet" -> source = source == null ? value : source;
                case "published", "date", "pubdate", "published_at" ->
                        published = published.date() == null && published.note() == null ? date(value, file + ": front matter") : published;
                default -> { }
            }
        }
        return new ArticleText(raw.substring(m.end()), source, published.date(), published.note());
    }

    private static ArticleText html(String raw, String file) throws InputException {
        Document doc = Jsoup.parse(raw);
        String source = meta(doc, "og:site_name", "application-name", "publisher", "author");
        String date = meta(doc, "article:published_time", "og:published_time", "datePublished", "pubdate", "date", "dc.date");
        if (date == null) {
            Element time = doc.selectFirst("time[datetime]");
            date = time == null ? null : time.attr("datetime");
        }
        doc.select("script, style, noscript, template, nav, footer, form").remove();
        List<String> blocks = new ArrayList<>();
        Element title = doc.selectFirst("h1");
        if (title == null && !doc.title().isBlank()) {
            blocks.add(doc.title());
        }
        for (Element e : doc.select("h1, h2, h3, h4, h5, h6, p, li, blockquote, figcaption, pre")) {
            if (e.parents().stream().noneMatch(p -> p.is("p, li, blockquote, figcaption, pre"))) {
                String t = e.text().strip();
                if (!t.isEmpty()) {
                    blocks.add(t);
                }
            }
        }
        String text = blocks.isEmpty() ? doc.body().text() : String.join("\n", blocks);
        Dated d = date == null ? Dated.NONE : date(date, file + ": meta tag");
        return new ArticleText(text, source, d.date(), d.note());
    }

    private static String meta(Document doc, String... names) {
        for (String n : names) {
            Element e = doc.selectFirst("meta[property=" + n + "], meta[name=" + n + "], meta[itemprop=" + n + "]");
            if (e != null && !e.attr("content").isBlank()) {
                return e.attr("content");
            }
        }
        return null;
    }

    private static ArticleText json(String raw, String file) throws InputException {
        JsonNode node;
        try {
            node = JSON.readTree(raw);
        } catch (IOException e) {
            throw new InputException(file + ": not valid JSON");
        }
        if (node == null || !node.isObject()) {
            throw new InputException(file + ": a JSON article must be an object with a \"text\" field");
        }
        String body = field(node, "text", "body", "content", "article", "articleBody");
        if (body == null) {
            throw new InputException(file + ": a JSON article needs a \"text\" (or \"body\") string field");
        }
        String title = field(node, "title", "headline");
        String text = title == null ? body : title + "\n" + body;
        String date = field(node, "published", "date", "publishedAt", "datePublished", "pubDate");
        Dated d = date == null ? Dated.NONE : date(date, file + ": \"published\" field");
        return new ArticleText(text, field(node, "source", "publisher", "site"), d.date(), d.note());
    }

    private static String field(JsonNode node, String... names) {
        for (String n : names) {
            JsonNode v = node.get(n);
            if (v != null && v.isTextual() && !v.asText().isBlank()) {
                return v.asText();
            }
        }
        return null;
    }
}
