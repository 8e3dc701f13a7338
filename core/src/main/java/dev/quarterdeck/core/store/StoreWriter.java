package dev.quarterdeck.core.store;

/** A unit of work run by {@link Store#write} inside one database transaction. */
@FunctionalInterface
public interface StoreWriter<R> {

    R work(StoreTransaction tx);
}
