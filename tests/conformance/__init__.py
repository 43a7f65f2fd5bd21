"""Conformance with botocore: property-based comparisons of our serializers and parsers.

``strategies`` derives hypothesis strategies from the generator's IR for the pinned model;
``test_botocore_agreement`` checks, operation by operation, that random valid requests serialize
to the JSON botocore's serializer writes and that random valid responses parse to the values
botocore's parser returns. ``HYPOTHESIS_PROFILE=fuzz`` selects many more examples than CI's.
"""
