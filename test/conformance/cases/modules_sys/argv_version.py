import sys
print(sys.argv[0].split("/")[-1], len(sys.argv), type(sys.argv).__name__)
print(sys.version.startswith("3.12"), type(sys.version).__name__)
print(sys.version_info[:2], sys.version_info.major, sys.version_info.minor, sys.version_info >= (3, 12), sys.version_info < (4,))
print(type(sys.version_info.micro).__name__, sys.version_info.releaselevel in ("alpha", "beta", "candidate", "final"))
print(len(sys.version_info), sys.version_info[0] == sys.version_info.major)
print(sys.maxsize, sys.maxsize == 2**63 - 1, type(sys.maxsize).__name__)
print(sys.byteorder in ("little", "big"), isinstance(sys.platform, str))
