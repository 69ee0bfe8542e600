package org.introcoach.testing;

import java.net.NetPermission;
import java.net.SocketPermission;
import java.security.Permission;

/**
 * Installed in a child JVM with {@code -Djava.security.manager=org.introcoach.testing.NoNetworkSecurityManager}:
 * allows everything except opening, accepting or resolving a network socket (TCP, UDP, or a Unix
 * domain socket from Java), which it reports on stderr as a line starting {@value #MARK} and refuses.
 * The X display and the sound server are reached by native code, not through Java sockets, so they pass.
 */
public final class NoNetworkSecurityManager extends SecurityManager {
    public static final String MARK = "NETWORK ACCESS: ";

    @Override
    public void checkPermission(Permission permission) {
        if (permission instanceof SocketPermission
                || (permission instanceof NetPermission && permission.getName().equals("accessUnixDomainSocket"))) {
            System.err.println(MARK + permission);
            throw new SecurityException("no network at run time: " + permission);
        }
    }

    @Override
    public void checkPermission(Permission permission, Object context) {
        checkPermission(permission);
    }
}
