package dev.quarterdeck.core.store;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import org.jdbi.v3.core.JdbiException;

/** Wraps a DAO so that database failures surface as {@link StoreException}, with a message for people. */
final class ReadFailures {

    private ReadFailures() {
    }

    static <D> D translating(Class<D> type, D dao) {
        Object proxy = Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (self, method, args) -> {
            if (method.getDeclaringClass() == Object.class) {
                return switch (method.getName()) {
                    case "equals" -> self == args[0];
                    case "hashCode" -> System.identityHashCode(self);
                    default -> type.getSimpleName() + " of the store";
                };
            }
            try {
                return method.invoke(dao, args);
            } catch (InvocationTargetException e) {
                Throwable failure = e.getCause();
                if (failure instanceof JdbiException) {
                    throw StoreErrors.failed("read from the store (" + type.getSimpleName() + "." + method.getName()
                            + ")", failure);
                }
                throw failure;
            }
        });
        return type.cast(proxy);
    }
}
