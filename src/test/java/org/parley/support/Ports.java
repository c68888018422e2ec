package org.parley.support;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;

/** Local TCP ports, for tests that start Parley or its database themselves. */
public final class Ports {

	private Ports() {
	}

	/** A port nothing listens on now. */
	public static int free() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	/** Whether something on this machine accepts connections on the port. */
	public static boolean accepts(int port) {
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress("localhost", port), 100);
			return true;
		}
		catch (IOException ex) {
			return false;
		}
	}

}
