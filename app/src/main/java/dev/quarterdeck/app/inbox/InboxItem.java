package dev.quarterdeck.app.inbox;

import dev.quarterdeck.core.agent.Proposal;

/** One pending proposal as the Inbox shows it. */
public record InboxItem(Proposal proposal, ProposalPreview preview) {

    /** The agent's name as a heading: "Triage". */
    public String agentTitle() {
        return AgentNames.title(proposal.agent());
    }

    /** "82 %" */
    public String confidenceText() {
        return Math.round(proposal.confidence() * 100) + " %";
    }

    /** True when the Inbox offers an editor for this kind (see {@link ProposalEdit}). */
    public boolean editable() {
        return preview.valid() && ProposalEdit.supports(proposal.kind());
    }
}
