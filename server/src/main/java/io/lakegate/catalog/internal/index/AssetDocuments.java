package io.lakegate.catalog.internal.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.KeywordField;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;

/** The index's fields, and the translation of assets to index documents and of stored documents to hits. */
final class AssetDocuments {

    static final String URI = "uri";
    static final String NAME = "name";
    /** The name's words joined by spaces, for exact and prefix matches of the whole name, and for sorting. */
    static final String NAME_KEY = "name_key";
    static final String NAME_WORDS = "name_words";
    static final String LABEL = "label";
    static final String LABEL_KEY = "label_key";
    static final String LABEL_WORDS = "label_words";
    static final String DESCRIPTION = "description";
    static final String TAG_WORDS = "tag_words";
    static final String TOPIC_WORDS = "topic_words";
    /** The words of each linked term's path, so that a search for a glossary or category finds its terms' assets. */
    static final String TERM_WORDS = "term_words";
    static final String TERM_URI = "term_uri";
    static final String TERM_NAME = "term_name";
    static final String COLUMNS = "columns";
    /** Where the asset lives and who owns it: team, environment, organization, region, classification. */
    static final String CONTEXT = "context";
    static final String DATASET_URI = "dataset_uri";
    static final String OWNER_TEAM = "owner_team";
    static final String ENVIRONMENT_URI = "environment_uri";
    static final String ENVIRONMENT_NAME = "environment_name";
    static final String ORGANIZATION_URI = "organization_uri";
    static final String ORGANIZATION_NAME = "organization_name";
    static final String VOTES = "votes";
    static final String CREATED_AT = "created_at";
    static final String UPDATED_AT = "updated_at";

    // Lucene refuses terms over 32,766 UTF-8 bytes; no sane keyword comes near, but one must not fail an upsert.
    private static final int MAX_KEYWORD_LENGTH = 8_000;

    private static final FieldType DESCRIPTION_TYPE = new FieldType(TextField.TYPE_STORED);

    static {
        // offsets in the postings let the highlighter find plain words without analyzing descriptions again
        DESCRIPTION_TYPE.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        DESCRIPTION_TYPE.freeze();
    }

    private final CatalogAnalyzer analyzer;

    AssetDocuments(CatalogAnalyzer analyzer) {
        this.analyzer = analyzer;
    }

    Document document(CatalogAsset asset) {
        Document document = new Document();
        document.add(new KeywordField(URI, asset.uri(), Field.Store.YES));
        addFacetValue(document, Facet.TYPE, asset.type().name());
        document.add(new StoredField(NAME, asset.name()));
        document.add(new KeywordField(NAME_KEY, keyword(analyzer.key(asset.name())), Field.Store.NO));
        document.add(new TextField(NAME_WORDS, asset.name(), Field.Store.NO));
        if (present(asset.label())) {
            document.add(new StoredField(LABEL, asset.label()));
            document.add(new StringField(LABEL_KEY, keyword(analyzer.key(asset.label())), Field.Store.NO));
            document.add(new TextField(LABEL_WORDS, asset.label(), Field.Store.NO));
        }
        if (present(asset.description())) {
            document.add(new Field(DESCRIPTION, asset.description(), DESCRIPTION_TYPE));
        }
        addFacetValuesAndWords(document, Facet.TAGS, TAG_WORDS, asset.tags());
        addFacetValuesAndWords(document, Facet.TOPICS, TOPIC_WORDS, asset.topics());
        for (GlossaryTerm term : asset.terms()) {
            if (addFacetValue(document, Facet.TERMS, term.path())) {
                document.add(new StoredField(TERM_URI, term.uri()));
                document.add(new StoredField(TERM_NAME, term.name()));
                document.add(new TextField(TERM_WORDS, term.path(), Field.Store.NO));
            }
        }
        addFacetValue(document, Facet.REGION, asset.region());
        addFacetValue(document, Facet.CLASSIFICATION, asset.classification());
        for (ColumnText column : asset.columns()) {
            document.add(new TextField(COLUMNS, column.name(), Field.Store.NO));
            if (present(column.description())) {
                document.add(new TextField(COLUMNS, column.description(), Field.Store.NO));
            }
        }
        Stream.of(asset.ownerTeam(), asset.environmentName(), asset.organizationName(), asset.region(),
                        asset.classification())
                .filter(AssetDocuments::present)
                .forEach(context -> document.add(new TextField(CONTEXT, context, Field.Store.NO)));
        addStored(document, DATASET_URI, asset.datasetUri());
        addStored(document, OWNER_TEAM, asset.ownerTeam());
        addStored(document, ENVIRONMENT_URI, asset.environmentUri());
        addStored(document, ENVIRONMENT_NAME, asset.environmentName());
        addStored(document, ORGANIZATION_URI, asset.organizationUri());
        addStored(document, ORGANIZATION_NAME, asset.organizationName());
        document.add(new NumericDocValuesField(VOTES, asset.votes()));
        document.add(new StoredField(VOTES, asset.votes()));
        document.add(new StoredField(CREATED_AT, asset.createdAt().toEpochMilli()));
        document.add(new NumericDocValuesField(UPDATED_AT, asset.updatedAt().toEpochMilli()));
        document.add(new StoredField(UPDATED_AT, asset.updatedAt().toEpochMilli()));
        try {
            return Facet.CONFIG.build(document);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    CatalogHit hit(Document stored, String snippet, float score) {
        return new CatalogHit(
                stored.get(URI),
                AssetType.valueOf(stored.get(Facet.TYPE.field)),
                stored.get(NAME),
                stored.get(LABEL),
                snippet,
                stored.get(DATASET_URI),
                stored.get(OWNER_TEAM),
                stored.get(ENVIRONMENT_URI),
                stored.get(ENVIRONMENT_NAME),
                stored.get(ORGANIZATION_URI),
                stored.get(ORGANIZATION_NAME),
                stored.get(Facet.REGION.field),
                stored.get(Facet.CLASSIFICATION.field),
                List.of(stored.getValues(Facet.TAGS.field)),
                List.of(stored.getValues(Facet.TOPICS.field)),
                terms(stored),
                stored.getField(VOTES).numericValue().longValue(),
                instant(stored, CREATED_AT),
                instant(stored, UPDATED_AT),
                score);
    }

    /** Stored fields keep the order of their values, so the i-th uri, name and path belong to one term. */
    private static List<GlossaryTerm> terms(Document stored) {
        String[] uris = stored.getValues(TERM_URI);
        String[] names = stored.getValues(TERM_NAME);
        String[] paths = stored.getValues(Facet.TERMS.field);
        List<GlossaryTerm> terms = new ArrayList<>(uris.length);
        for (int i = 0; i < uris.length; i++) {
            terms.add(new GlossaryTerm(uris[i], names[i], paths[i]));
        }
        return List.copyOf(terms);
    }

    private static Instant instant(Document stored, String field) {
        return Instant.ofEpochMilli(stored.getField(field).numericValue().longValue());
    }

    private static void addFacetValuesAndWords(Document document, Facet facet, String wordsField,
            List<String> values) {
        for (String value : values) {
            if (addFacetValue(document, facet, value)) {
                document.add(new TextField(wordsField, value, Field.Store.NO));
            }
        }
    }

    /** Adds {@code raw} as a value of {@code facet}, unless it is blank; tells whether it did. */
    private static boolean addFacetValue(Document document, Facet facet, String raw) {
        String value = raw == null ? "" : keyword(Facet.value(raw));
        if (value.isEmpty()) {
            return false;
        }
        document.add(new SortedSetDocValuesFacetField(facet.field, value));
        document.add(new StoredField(facet.field, value));
        return true;
    }

    private static void addStored(Document document, String field, String value) {
        if (value != null) {
            document.add(new StoredField(field, value));
        }
    }

    private static String keyword(String value) {
        return value.length() > MAX_KEYWORD_LENGTH ? value.substring(0, MAX_KEYWORD_LENGTH) : value;
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
