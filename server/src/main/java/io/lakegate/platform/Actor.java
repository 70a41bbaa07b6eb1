package io.lakegate.platform;

/**
 * Who is calling, as far as the platform's cross-cutting concerns (audit, maintenance) need to know.
 * The identity module's principal implements it.
 */
public interface Actor {

    String name();

    boolean admin();
}
