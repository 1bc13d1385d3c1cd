package io.tenure.outreach;

/** Told of new and changed drafts, so chat adapters can post review cards and update them in place. */
public interface DraftListener {
    void created(DraftView draft);

    void changed(DraftView draft);
}
