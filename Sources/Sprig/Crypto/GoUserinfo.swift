/// `url.Userinfo`: a user name and an optional password.
struct GoUserinfo {
    var username: String
    var password: String?

    /// `Userinfo.String()`.
    var string: String {
        var s = GoURL.escape(username, .userPassword)
        if let password { s += ":" + GoURL.escape(password, .userPassword) }
        return s
    }
}
