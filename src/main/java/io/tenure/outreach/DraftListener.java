package io.tenure.outreach;

/**
 * Shows a draft's review card as the draft is now (posting it the first time, updating it in place after).
 * Called from the card job on whichever process runs it, so a change made anywhere (a click, the command
 * line, another replica) reaches every platform's card. Throw when the card could not be shown: the job
 * is retried with backoff.
 */
public interface DraftListener {
    void show(DraftView draft);
}
