package dev.quarterdeck.core.store;

import dev.quarterdeck.core.agent.Preference;

import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Row writes for {@link PreferenceDao}; only {@link StoreTransaction} calls them, and it adds the audit events. */
interface PreferenceWrites extends PreferenceDao {

    @SqlUpdate("""
            INSERT INTO preferences (pref_key, pref_value, updated_at)
            VALUES (:key, :value, :updatedAt)
            """)
    void insert(@BindMethods Preference preference);

    @SqlUpdate("UPDATE preferences SET pref_value = :value, updated_at = :updatedAt WHERE pref_key = :key")
    int update(@BindMethods Preference preference);

    @SqlUpdate("DELETE FROM preferences WHERE pref_key = :key")
    int delete(String key);
}
