package org.crosscheck.extract.time;

/** The four TimeML TIMEX3 types. */
public enum TimexType { DATE, TIME, DURATION, SET }
