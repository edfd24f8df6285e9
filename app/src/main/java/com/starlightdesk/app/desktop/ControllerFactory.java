package com.starlightdesk.app.desktop;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.util.HashMap;
import java.util.Map;
import javafx.util.Callback;

/**
 * The FXMLLoader controller factory: builds a controller (and the view-model it takes, and so on) by
 * its single public constructor, handing in the services registered in this scope or its parents.
 * Each class is built once per scope; the app has one scope for its lifetime and a child scope per
 * screen or signed-in session. Not a service locator: nothing reaches into it except FXMLLoader and
 * the window that opens screens. Confined to the FX thread.
 */
public final class ControllerFactory implements Callback<Class<?>, Object> {
    private final ControllerFactory parent;
    private final Map<Class<?>, Object> instances = new HashMap<>();

    private ControllerFactory(ControllerFactory parent) {
        this.parent = parent;
    }

    /** A root scope holding {@code services}, each under its class and the interfaces it implements. */
    public static ControllerFactory of(Object... services) {
        ControllerFactory root = new ControllerFactory(null);
        for (Object service : services) {
            root.register(service);
        }
        return root;
    }

    /** A child scope with extra services (a session, its status source). */
    public ControllerFactory child(Object... services) {
        ControllerFactory child = new ControllerFactory(this);
        for (Object service : services) {
            child.register(service);
        }
        return child;
    }

    /** Adds a service to this scope (one that needs the scope itself, such as a {@link ScreenLoader}). */
    public ControllerFactory add(Object service) {
        register(service);
        return this;
    }

    private void register(Object service) {
        for (Class<?> type = service.getClass(); type != null && type != Object.class; type = type.getSuperclass()) {
            instances.putIfAbsent(type, service);
            for (Class<?> contract : type.getInterfaces()) {
                instances.putIfAbsent(contract, service);
            }
        }
    }

    @Override
    public Object call(Class<?> type) {
        return get(type);
    }

    /** The instance of {@code type} in this scope chain, built here if no scope has one. */
    public <T> T get(Class<T> type) {
        T found = find(type);
        if (found != null) {
            return found;
        }
        if (!type.getPackageName().startsWith("com.starlightdesk.app")) {
            throw new IllegalStateException("No service of type " + type.getName() + " in this scope");
        }
        T built = build(type);
        instances.put(type, built);
        return built;
    }

    private <T> T find(Class<T> type) {
        for (ControllerFactory scope = this; scope != null; scope = scope.parent) {
            Object instance = scope.instances.get(type);
            if (instance != null) {
                return type.cast(instance);
            }
        }
        return null;
    }

    private <T> T build(Class<T> type) {
        Constructor<?>[] constructors = type.getConstructors();
        if (constructors.length != 1) {
            throw new IllegalStateException(type.getName() + " needs exactly one public constructor");
        }
        Constructor<?> constructor = constructors[0];
        Object[] args = new Object[constructor.getParameterCount()];
        Class<?>[] parameterTypes = constructor.getParameterTypes();
        for (int i = 0; i < args.length; i++) {
            args[i] = get(parameterTypes[i]);
        }
        try {
            return type.cast(constructor.newInstance(args));
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("Cannot build " + type.getName(), e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot build " + type.getName(), e);
        }
    }
}
