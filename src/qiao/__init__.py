"""Qiao (桥): the Sino-German cooperation exchange platform."""
