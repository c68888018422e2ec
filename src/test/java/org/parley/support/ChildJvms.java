package org.parley.support;

/**
 * The resource, for {@code @ResourceLock}, that {@code ParleyProcessTest} holds while its child
 * JVMs start Parley beside the other tests. Tests whose assertions are about time (fifty saves
 * against a 3 s connection wait, a stop within 5 s, health down within 6 s) lock it too, so that
 * they never share the CPU with those children.
 */
public final class ChildJvms {

	public static final String CPU = "the CPU that Parley's child JVMs use";

	private ChildJvms() {
	}

}
