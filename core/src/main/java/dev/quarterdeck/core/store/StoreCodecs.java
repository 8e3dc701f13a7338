package dev.quarterdeck.core.store;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.net.URI;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.argument.AbstractArgumentFactory;
import org.jdbi.v3.core.argument.Argument;
import org.jdbi.v3.core.config.ConfigRegistry;
import org.jdbi.v3.core.generic.GenericType;
import org.jdbi.v3.core.mapper.ColumnMapper;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * How Java values become column values and back, identical on H2 and PostgreSQL. Only JDBC 4.2 calls both
 * drivers implement: {@code setObject}/{@code getObject} with java.time and UUID types.
 *
 * <ul>
 *   <li>Instant ↔ TIMESTAMP WITH TIME ZONE in UTC, truncated to microseconds (PostgreSQL's precision; truncating
 *       here keeps both databases equal instead of letting each round its own way).</li>
 *   <li>Duration ↔ BIGINT milliseconds; Currency ↔ CHAR(3) code; URI ↔ text; List&lt;String&gt; ↔ JSON array text.</li>
 * </ul>
 */
final class StoreCodecs {

    static final GenericType<List<String>> STRING_LIST = new GenericType<>() {
    };

    /** Lists are read with the streaming parser: Jackson's data binding costs ~0.4 s to initialise at start-up. */
    private static final JsonFactory JSON = new JsonFactory();

    private StoreCodecs() {
    }

    static void register(Jdbi jdbi) {
        jdbi.registerArgument(new InstantArgument());
        jdbi.registerArgument(new LocalDateArgument());
        jdbi.registerArgument(new UuidArgument());
        jdbi.registerArgument(new DurationArgument());
        jdbi.registerArgument(new CurrencyArgument());
        jdbi.registerArgument(new UriArgument());
        jdbi.registerArgument(new StringListArgument());

        jdbi.registerColumnMapper(Instant.class, StoreCodecs::instant);
        jdbi.registerColumnMapper(LocalDate.class, (r, i, ctx) -> r.getObject(i, LocalDate.class));
        jdbi.registerColumnMapper(UUID.class, (r, i, ctx) -> r.getObject(i, UUID.class));
        jdbi.registerColumnMapper(Duration.class, StoreCodecs::duration);
        jdbi.registerColumnMapper(Currency.class, StoreCodecs::currency);
        jdbi.registerColumnMapper(URI.class, (r, i, ctx) -> uri(r.getString(i)));
        jdbi.registerColumnMapper(STRING_LIST, (ColumnMapper<List<String>>) (r, i, ctx) -> stringList(r.getString(i)));
    }

    static Instant toStored(Instant value) {
        return value.truncatedTo(ChronoUnit.MICROS);
    }

    static Instant instant(ResultSet r, int column, StatementContext ctx) throws SQLException {
        OffsetDateTime value = r.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    static Instant instant(ResultSet r, String column) throws SQLException {
        OffsetDateTime value = r.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    static Currency currency(ResultSet r, String column) throws SQLException {
        String code = r.getString(column);
        return code == null ? null : Currency.getInstance(code.strip());
    }

    private static Currency currency(ResultSet r, int column, StatementContext ctx) throws SQLException {
        String code = r.getString(column);
        return code == null ? null : Currency.getInstance(code.strip());
    }

    private static Duration duration(ResultSet r, int column, StatementContext ctx) throws SQLException {
        long millis = r.getLong(column);
        return r.wasNull() ? null : Duration.ofMillis(millis);
    }

    private static URI uri(String text) {
        return text == null ? null : URI.create(text);
    }

    static List<String> stringList(String json) {
        if (json == null) {
            return null;
        }
        try (JsonParser parser = JSON.createParser(json)) {
            if (parser.nextToken() != JsonToken.START_ARRAY) {
                throw notAList("it does not start with [");
            }
            List<String> values = new ArrayList<>();
            for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
                if (token != JsonToken.VALUE_STRING) {
                    throw notAList("found " + token + " at " + parser.currentLocation().getColumnNr());
                }
                values.add(parser.getText());
            }
            if (parser.nextToken() != null) {
                throw notAList("text follows the closing ]");
            }
            return List.copyOf(values);
        } catch (IOException e) {
            throw new StoreException("A stored list is not a JSON array of strings: " + e.getMessage(), e);
        }
    }

    private static StoreException notAList(String reason) {
        return new StoreException("A stored list is not a JSON array of strings: " + reason);
    }

    private static final class InstantArgument extends AbstractArgumentFactory<Instant> {
        InstantArgument() {
            super(Types.TIMESTAMP_WITH_TIMEZONE);
        }

        @Override
        protected Argument build(Instant value, ConfigRegistry config) {
            OffsetDateTime utc = OffsetDateTime.ofInstant(toStored(value), ZoneOffset.UTC);
            return (position, statement, ctx) -> statement.setObject(position, utc);
        }
    }

    private static final class LocalDateArgument extends AbstractArgumentFactory<LocalDate> {
        LocalDateArgument() {
            super(Types.DATE);
        }

        @Override
        protected Argument build(LocalDate value, ConfigRegistry config) {
            return (position, statement, ctx) -> statement.setObject(position, value);
        }
    }

    private static final class UuidArgument extends AbstractArgumentFactory<UUID> {
        UuidArgument() {
            super(Types.OTHER);
        }

        @Override
        protected Argument build(UUID value, ConfigRegistry config) {
            return (position, statement, ctx) -> statement.setObject(position, value);
        }
    }

    private static final class DurationArgument extends AbstractArgumentFactory<Duration> {
        DurationArgument() {
            super(Types.BIGINT);
        }

        @Override
        protected Argument build(Duration value, ConfigRegistry config) {
            return (position, statement, ctx) -> statement.setLong(position, value.toMillis());
        }
    }

    private static final class CurrencyArgument extends AbstractArgumentFactory<Currency> {
        CurrencyArgument() {
            super(Types.CHAR);
        }

        @Override
        protected Argument build(Currency value, ConfigRegistry config) {
            return (position, statement, ctx) -> statement.setString(position, value.getCurrencyCode());
        }
    }

    private static final class UriArgument extends AbstractArgumentFactory<URI> {
        UriArgument() {
            super(Types.VARCHAR);
        }

        @Override
        protected Argument build(URI value, ConfigRegistry config) {
            return (position, statement, ctx) -> statement.setString(position, value.toString());
        }
    }

    private static final class StringListArgument extends AbstractArgumentFactory<List<String>> {
        StringListArgument() {
            super(Types.VARCHAR);
        }

        @Override
        protected Argument build(List<String> value, ConfigRegistry config) {
            String json = StoreJson.write(value);
            return (position, statement, ctx) -> statement.setString(position, json);
        }
    }
}
