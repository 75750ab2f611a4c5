import pytest

from kernel_session import KernelSession


@pytest.fixture(scope="module")
def kernel():
    session = KernelSession()
    try:
        yield session
    finally:
        session.close()
