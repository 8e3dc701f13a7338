package dev.quarterdeck.core.store;

import dev.quarterdeck.core.agent.Preference;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/** Reads preferences by key. Writes go through {@link Store#write}. */
public interface PreferenceDao {

    @SqlQuery(Sql.PREFERENCE + "WHERE pref_key = :key")
    Optional<Preference> find(String key);

    @SqlQuery(Sql.PREFERENCE + "WHERE pref_key LIKE :pattern ESCAPE '!' ORDER BY pref_key")
    List<Preference> listByPattern(String pattern);

    /** Preferences whose key starts with {@code prefix}, in key order. */
    default List<Preference> listByPrefix(String prefix) {
        return listByPattern(prefix.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%");
    }

    @SqlQuery(Sql.PREFERENCE + "ORDER BY pref_key")
    List<Preference> list();
}
