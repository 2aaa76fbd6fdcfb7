"""Test helpers for users and plugin authors.

:mod:`kleinschalig.testing.strategies` holds Hypothesis strategies for every
public model (install the ``test`` extra for Hypothesis).
"""
