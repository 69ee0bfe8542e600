package org.introcoach;

public final class Main {
    public static void main(String[] args) {
    }
}
