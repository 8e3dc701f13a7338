package dev.quarterdeck.core.agent;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.quarterdeck.core.common.Require;

/**
 * Proposal payloads to and from JSON. Written canonically — properties in alphabetical order, nulls written out (as
 * Jackson does by default),
 * dates as ISO text — so the same payload always gives the same text, and two payloads can be compared as text or,
 * more tolerantly, as JSON trees ({@link #same}).
 */
public final class ProposalPayloads {

    private static final ObjectMapper JSON = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .build();

    private ProposalPayloads() {
    }

    public static String write(ProposalPayload payload) {
        Require.present(payload, "payload");
        try {
            return JSON.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + payload.kind() + " payload", e);
        }
    }

    /** The payload of {@code proposal}, as the record of its kind. */
    public static ProposalPayload read(Proposal proposal) {
        Require.present(proposal, "proposal");
        return read(proposal.kind(), proposal.payloadJson());
    }

    /**
     * Reads a payload of {@code kind}. Unknown properties, missing required values and values out of range are
     * rejected with an {@link IllegalArgumentException} naming the problem.
     */
    public static ProposalPayload read(ProposalKind kind, String json) {
        Require.present(kind, "kind");
        Require.present(json, "json");
        try {
            return JSON.readValue(json, typeOf(kind));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a valid " + kind + " payload: " + e.getOriginalMessage(), e);
        }
    }

    /** True when both are JSON with the same content, whatever the order of properties or the spacing. */
    public static boolean same(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        try {
            JsonNode left = JSON.readTree(a);
            JsonNode right = JSON.readTree(b);
            return left.equals(right);
        } catch (JsonProcessingException e) {
            return false;
        }
    }

    /**
     * {@code json} rewritten with its properties in alphabetical order at every level, so that equal content gives
     * equal text; text that is not JSON is returned as it is.
     */
    public static String canonical(String json) {
        try {
            Object tree = JSON.readValue(json, Object.class);
            return JSON.writeValueAsString(tree);
        } catch (JsonProcessingException e) {
            return json;
        }
    }

    private static Class<? extends ProposalPayload> typeOf(ProposalKind kind) {
        return switch (kind) {
            case CREATE_TASK -> ProposalPayload.CreateTask.class;
            case CHANGE_HORIZON -> ProposalPayload.ChangeHorizon.class;
            case CHANGE_PRIORITY -> ProposalPayload.ChangePriority.class;
            case LINK_TASKS -> ProposalPayload.LinkTasks.class;
            case ASSIGN_PROJECT -> ProposalPayload.AssignProject.class;
            case ADD_RISK -> ProposalPayload.AddRisk.class;
            case UPDATE_RISK -> ProposalPayload.UpdateRisk.class;
            case DRAFT_MESSAGE -> ProposalPayload.DraftMessage.class;
        };
    }
}
