package org.introcoach.testing;

import java.io.IOException;
import java.net.ServerSocket;

/** Opens a socket, to show that {@link NoNetworkSecurityManager} sees one. */
public final class SocketOpener {
    private SocketOpener() {
    }

    public static void main(String[] args) throws IOException {
        try (ServerSocket server = new ServerSocket(0)) {
            System.out.println("listening on " + server.getLocalPort());
        }
    }
}
