package dev.quarterdeck.core.store;

import dev.quarterdeck.core.briefing.Briefing;
import dev.quarterdeck.core.briefing.BriefingKind;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/** Reads stored briefings. Writes go through {@link Store#write}. */
public interface BriefingDao {

    @SqlQuery(Sql.BRIEFING + "WHERE id = :id")
    Optional<Briefing> find(UUID id);

    /** The newest briefing of a kind. */
    @SqlQuery(Sql.BRIEFING + "WHERE kind = :kind ORDER BY kind, created_at DESC LIMIT 1")
    Optional<Briefing> latest(BriefingKind kind);

    /** The newest briefings of every kind, newest first. */
    @SqlQuery(Sql.BRIEFING + "ORDER BY created_at DESC, id LIMIT :limit")
    List<Briefing> list(int limit);
}
