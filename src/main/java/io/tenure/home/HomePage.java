package io.tenure.home;

import io.tenure.assistant.Caller;

/** What chat adapters ask for a person's home; {@link MyHome} builds it. */
@FunctionalInterface
public interface HomePage {
    HomeView of(Caller caller);
}
