// replaced by the QR implementation
